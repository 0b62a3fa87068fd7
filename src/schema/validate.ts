// Validates data against a JSON Schema and turns ajv's errors into Swedish, positioned diagnostics.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, YamlSource } from '../model.js';
import { PACKAGE_ROOT, SCHEMA_DIR } from '../paths.js';
import { locatePointer, pointerSegments, type LocateMode } from '../load/yaml.js';
import { positionAt } from '../load/positions.js';
import { closestMatch } from './suggest.js';
import { commonMistake, isAmount } from './hints.js';
import type { PseudoId } from '../diagnostic-ids.js';

const require = createRequire(import.meta.url);

export type SchemaName = 'iop' | 'config';

const compiled = new Map<SchemaName, ValidateFunction>();

function schemaFile(name: SchemaName): string {
  return name === 'iop' ? 'iop.schema.json' : 'config.schema.json';
}

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, schemaFile(name)), 'utf8')) as Record<string, unknown>;
}

/** Compiles a schema once per process; ajv is loaded only when something is validated. */
export function validatorFor(name: SchemaName): ValidateFunction {
  const cached = compiled.get(name);
  if (cached) return cached;
  const validate = precompiled(name) ?? compile(name);
  compiled.set(name, validate);
  return validate;
}

/**
 * The validator that `npm run build` generated (scripts/compile-schemas.mjs), if it was made from
 * the schema file as it is now: it spares every command the compilation of the schema.
 */
function precompiled(name: SchemaName): ValidateFunction | undefined {
  try {
    const module = require(join(PACKAGE_ROOT, 'lib', 'schemas', `${name}.validate.cjs`)) as ValidateFunction & { schemaHash?: string };
    const text = readFileSync(join(SCHEMA_DIR, schemaFile(name)), 'utf8');
    return module.schemaHash === createHash('sha256').update(text).digest('hex') ? module : undefined;
  } catch {
    return undefined;
  }
}

/** Compiles the schema now (what precompiled() spares); exported for the test that compares the two. */
export function compile(name: SchemaName): ValidateFunction {
  const Ajv2020 = (require('ajv/dist/2020') as { default: typeof import('ajv').default }).default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(ajv, ['date', 'email']);
  return ajv.compile(loadSchema(name));
}

/** Validates the parsed data of a YAML file; returns diagnostics for every schema error. */
export function validateAgainstSchema(name: SchemaName, data: unknown, yaml: YamlSource): Diagnostic[] {
  const validate = validatorFor(name);
  if (validate(data)) return [];
  return collapseErrors(validate.errors ?? []).map((error) => toDiagnostic(error, yaml));
}

/**
 * ajv reports every failed branch of a oneOf; a person wants one message. When the value fits no
 * branch's type, keep only the oneOf error; when it fits one, keep that branch's deeper errors.
 */
function collapseErrors(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (oneOfs.length === 0) return errors;
  const dropped = new Set<ErrorObject>();
  for (const branch of oneOfs) {
    // Branch errors of a $ref'd schema carry the definition's schemaPath, so match by place instead.
    const children = errors.filter((e) => e !== branch && e.instancePath.startsWith(branch.instancePath));
    // Errors of the branch whose type the value has (deeper, or e.g. a number over the maximum).
    const fitting = children.filter((e) => e.instancePath !== branch.instancePath || e.keyword !== 'type');
    for (const child of children) if (!fitting.includes(child)) dropped.add(child);
    if (fitting.length > 0) dropped.add(branch);
  }
  return errors.filter((e) => !dropped.has(e));
}

function toDiagnostic(error: ErrorObject, yaml: YamlSource): Diagnostic {
  const { ruleId, message, pointer, mode } = describe(error);
  const range = locatePointer(yaml, pointer, mode);
  const from = positionAt(yaml.lineStarts, range.start);
  const to = positionAt(yaml.lineStarts, Math.max(range.start, range.end));
  return {
    ruleId,
    severity: 'error',
    message,
    file: yaml.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    path: pointer,
  };
}

interface Described {
  ruleId: PseudoId;
  message: string;
  pointer: string;
  mode: LocateMode;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'ett tal',
  integer: 'ett heltal',
  string: 'en text',
  object: 'ett objekt med fält',
  array: 'en lista',
  boolean: 'true eller false',
  null: 'tomt',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return listOr(types.map((t) => TYPE_WORDS[String(t)] ?? String(t)));
}

function listOr(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? value.slice(0, 57) + '…' : value}'`;
  if (value === null) return 'tomt värde';
  if (Array.isArray(value)) return 'en lista';
  if (typeof value === 'object') return 'ett objekt';
  return `'${String(value)}'`;
}

/** A readable name for the place a pointer names: "avtalstid", "parter (post 3)". */
export function placeName(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'filen';
  const last = segments[segments.length - 1]!;
  if (/^\d+$/.test(last)) {
    const parent = segments[segments.length - 2] ?? 'listan';
    return `${parent} (post ${Number(last) + 1})`;
  }
  return last;
}

function fieldLabel(error: ErrorObject): string {
  return placeName(error.instancePath);
}

function formatNumber(n: number): string {
  return new Intl.NumberFormat('sv-SE').format(n).replace(/\s/g, '\u00a0');
}

function describe(error: ErrorObject): Described {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const field = fieldLabel(error);
  const mistake = commonMistake(error, field);
  if (mistake) return { ...mistake, pointer, mode: 'value' };
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        ruleId: 'schema/saknat-fält',
        message: pointer === '' ? `Fältet '${missing}' saknas i filen.` : `Fältet '${missing}' saknas i '${field}'.`,
        pointer,
        mode: 'key',
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closestMatch(extra, allowed);
      const hint = guess ? ` – menade du '${guess}'?` : allowed.length > 0 ? ` Tillåtna fält här: ${allowed.join(', ')}.` : '';
      return {
        ruleId: 'schema/okänt-fält',
        message: `Okänt fält '${extra}'${pointer === '' ? '' : ` i '${field}'`}${hint}`,
        pointer: `${pointer}/${extra.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        mode: 'key',
      };
    }
    case 'type':
      if (pointer === '') {
        return { ruleId: 'schema/typ', message: `Filen ska innehålla ett objekt med fält (ärende, parter, mål, finansiering, avtalstid), inte ${show(error.data)}.`, pointer, mode: 'value' };
      }
      return { ruleId: 'schema/typ', message: `${show(error.data)} i '${field}' ska vara ${typeWords(params.type)}${amountHint(error)}.`, pointer, mode: 'value' };
    case 'oneOf':
    case 'anyOf':
      return { ruleId: 'schema/typ', message: `${show(error.data)} i '${field}' har fel form${amountHint(error) || '.'}`, pointer, mode: 'value' };
    case 'format': {
      const format = String(params.format);
      if (format === 'date') {
        return { ruleId: 'schema/format', message: `${show(error.data)} är inget giltigt datum (ÅÅÅÅ-MM-DD).`, pointer, mode: 'value' };
      }
      if (format === 'email') {
        return { ruleId: 'schema/format', message: `${show(error.data)} är ingen giltig e-postadress.`, pointer, mode: 'value' };
      }
      return { ruleId: 'schema/format', message: `${show(error.data)} har fel format (${format}).`, pointer, mode: 'value' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closestMatch(error.data, allowed) : undefined;
      const hint = guess ? ` Menade du '${guess}'?` : '';
      return { ruleId: 'schema/värde', message: `${show(error.data)} är inget tillåtet värde för '${field}'. Tillåtna värden: ${allowed.join(', ')}.${hint}`, pointer, mode: 'value' };
    }
    case 'pattern':
      return { ruleId: 'schema/värde', message: patternMessage(error, field), pointer, mode: 'value' };
    case 'minimum':
    case 'exclusiveMinimum':
      return { ruleId: 'schema/värde', message: `${show(error.data)} i '${field}' är för litet: minst ${formatNumber(Number(params.limit))}.`, pointer, mode: 'value' };
    case 'maximum':
    case 'exclusiveMaximum':
      return { ruleId: 'schema/värde', message: `${show(error.data)} i '${field}' är för stort: högst ${formatNumber(Number(params.limit))}.`, pointer, mode: 'value' };
    case 'minItems':
      return { ruleId: 'schema/värde', message: `'${field}' ska ha minst ${params.limit} ${Number(params.limit) === 1 ? 'post' : 'poster'}.`, pointer, mode: 'value' };
    case 'maxItems':
      return { ruleId: 'schema/värde', message: `'${field}' får ha högst ${params.limit} poster.`, pointer, mode: 'value' };
    case 'minLength':
      return { ruleId: 'schema/värde', message: `'${field}' får inte vara tomt.`, pointer, mode: 'value' };
    case 'minProperties':
      return { ruleId: 'schema/värde', message: `'${field}' får inte vara tomt.`, pointer, mode: 'value' };
    case 'propertyNames':
      return { ruleId: 'schema/värde', message: `Namnet ${show(params.propertyName)} i '${field}' har fel form: använd bokstäver, siffror, bindestreck och understreck.`, pointer, mode: 'value' };
    default:
      return { ruleId: 'schema/värde', message: `'${field}': ${localized(error)}`, pointer, mode: 'value' };
  }
}

function amountHint(error: ErrorObject): string {
  return isAmount(error) ? ' (ett belopp i kronor skrivs som tal, t.ex. 500000)' : '';
}

const PATTERN_MESSAGES: Array<[RegExp, (value: string) => string]> = [
  [/organisationsnummer$/, (v) => `'${v}' är inget organisationsnummer i formen NNNNNN-NNNN.`],
  [/postnummer$/, (v) => `'${v}' är inget postnummer i formen 123 45.`],
  [/telefon$/, (v) => `'${v}' är inget telefonnummer: använd siffror, mellanslag, bindestreck och eventuellt +.`],
  [/basmånad$/, (v) => `'${v}' är ingen månad i formen ÅÅÅÅ-MM.`],
  [/fil$/, (v) => `'${v}' ska vara en Markdown-fil i mappen bilagor/, t.ex. bilagor/1-arbetsplan.md.`],
];

function patternMessage(error: ErrorObject, field: string): string {
  const value = String(error.data);
  for (const [pattern, message] of PATTERN_MESSAGES) {
    if (pattern.test(error.instancePath)) return message(value);
  }
  if ((error.parentSchema as { $ref?: string; pattern?: string } | undefined)?.pattern === '^[a-z0-9][a-z0-9-]*$') {
    return `'${value}' är inget giltigt part-id i '${field}': använd små bokstäver a–z, siffror och bindestreck, som under parter.`;
  }
  return `'${value}' har fel form för '${field}'.`;
}

function localized(error: ErrorObject): string {
  const localize = require('ajv-i18n/localize/sv') as (errors: ErrorObject[]) => void;
  const copy = { ...error };
  localize([copy]);
  return copy.message ?? error.keyword;
}
