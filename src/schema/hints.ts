// The common mistakes in iop.yaml, each answered with the fix ("skriv 846005-8327") instead of
// only what is wrong ("ska vara en text"). describe() in validate.ts asks here first; a mistake
// not listed here gets the general message. test/schema/common-mistakes.test.ts lists them all.
import type { ErrorObject } from 'ajv';
import { pointerSegments } from '../load/yaml.js';
import { formatOrgnr } from '../text/format.js';
import type { PseudoId } from '../diagnostic-ids.js';

export interface Hint {
  ruleId: PseudoId;
  message: string;
}

/** A place that holds an amount in kronor: by its name, or by the schema's title. */
export function isAmount(error: ErrorObject): boolean {
  const title = (error.parentSchema as { title?: string } | undefined)?.title ?? '';
  return /belopp|totalt|per_år/i.test(error.instancePath) || /belopp/i.test(title);
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2025-2-1", "2025/02/01", "20250201", "1 februari 2025" → "2025-02-01"; undefined when not a date. */
export function isoDateOf(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  let parts: [string, string, string] | undefined;
  const numeric = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/.exec(trimmed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (numeric) parts = [numeric[1]!, numeric[2]!, numeric[3]!];
  const long = /^(\d{1,2})\s+([a-zåäö]+)\s+(\d{4})$/.exec(trimmed);
  if (long && MONTHS.includes(long[2]!)) parts = [long[3]!, String(MONTHS.indexOf(long[2]!) + 1), long[1]!];
  if (!parts) return undefined;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** "500 000 kr", "500 000:-", "500.000" → 500000; undefined when the text is not an amount. */
function kronorOf(text: string): number | undefined {
  const digits = text
    .trim()
    .replace(/\s*(kr|kronor|sek|:-)\.?$/i, '')
    .replace(/[\s\u00a0.]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** A part id from a name: "Föreningen Navet" → "foreningen-navet". */
function idOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function key(error: ErrorObject): string {
  return pointerSegments(error.instancePath).pop() ?? '';
}

function expected(error: ErrorObject): string[] {
  const type = (error.params as { type?: unknown }).type;
  return Array.isArray(type) ? type.map(String) : [String(type)];
}

function hint(message: string, ruleId: PseudoId = 'schema/typ'): Hint {
  return { ruleId, message };
}

/** The fix for a value of the wrong kind or form, when the mistake is a common one. */
export function commonMistake(error: ErrorObject, field: string): Hint | undefined {
  const value = error.data;
  const name = key(error);
  if (error.keyword === 'type' || error.keyword === 'oneOf' || error.keyword === 'anyOf') {
    if (isAmount(error) && typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
      return hint(`'${value}' i '${field}' har öre. Belopp skrivs i hela kronor: skriv ${Math.round(value)}.`);
    }
    if (isAmount(error) && typeof value === 'string' && kronorOf(value) !== undefined) {
      return hint(`'${value}' i '${field}' är skrivet som text. Ett belopp skrivs som ett tal i hela kronor, utan mellanslag och "kr": skriv ${kronorOf(value)}.`);
    }
  }
  if (error.keyword === 'type') return typeMistake(error, field, name, value);
  if (error.keyword === 'format' && (error.params as { format?: string }).format === 'date' && typeof value === 'string') {
    const iso = isoDateOf(value);
    if (iso) return hint(`'${value}' i '${field}' är inte skrivet som ÅÅÅÅ-MM-DD: skriv ${iso}.`, 'schema/format');
  }
  if (error.keyword === 'pattern' && typeof value === 'string') return patternMistake(error, field, name, value);
  return undefined;
}

function typeMistake(error: ErrorObject, field: string, name: string, value: unknown): Hint | undefined {
  const types = expected(error);
  if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    const text = String(value);
    if (name === 'organisationsnummer' && /^(16)?\d{10}$/.test(text)) {
      return hint(`'${text}' i '${field}' blir ett tal i YAML. Skriv organisationsnumret med bindestreck: ${formatOrgnr(text)}.`);
    }
    if (name === 'postnummer' && /^\d{5}$/.test(text)) return hint(`'${text}' i '${field}' blir ett tal i YAML. Skriv postnumret med mellanslag: ${text.slice(0, 3)} ${text.slice(3)}.`);
    return hint(`'${text}' i '${field}' blir ${typeof value === 'number' ? 'ett tal' : 'true eller false'} i YAML, men ska vara text. Sätt värdet inom citattecken: ${name}: "${text}".`);
  }
  if ((types.includes('integer') || types.includes('number')) && typeof value === 'string') {
    const number = /^\s*(\d+)\s*\p{L}*\s*$/u.exec(value)?.[1];
    if (number !== undefined) return hint(`'${value}' i '${field}' ska vara ett tal utan text: skriv ${number}.`);
  }
  if (types.includes('boolean') && typeof value === 'string') {
    const answer = /^(ja|sant|j)$/i.test(value) ? 'true' : /^(nej|falskt|n)$/i.test(value) ? 'false' : undefined;
    return hint(`'${value}' i '${field}' ska vara true eller false${answer ? `: skriv ${answer}` : ''}.`);
  }
  if (types.includes('array') && (typeof value === 'string' || typeof value === 'number')) {
    return hint(`'${field}' ska vara en lista. Skriv varje post på en egen rad under '${field}:', indragen och med "- " först, t.ex. "  - ${String(value)}".`);
  }
  if (types.includes('object') && (typeof value === 'string' || typeof value === 'number')) {
    const fields = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const first = fields[0] ?? 'namn';
    return hint(`'${field}' ska ha egna fält${fields.length ? ` (${fields.slice(0, 4).join(', ')}${fields.length > 4 ? ' …' : ''})` : ''}, inte en text. Skriv dem indragna på egna rader under '${field}:', t.ex. "  ${first}: ${String(value)}".`);
  }
  return undefined;
}

function patternMistake(error: ErrorObject, field: string, name: string, value: string): Hint | undefined {
  const digits = value.replace(/\D/g, '');
  if (name === 'organisationsnummer' && /^(16)?\d{10}$/.test(digits)) {
    return hint(`'${value}' är inget organisationsnummer i formen NNNNNN-NNNN: skriv ${formatOrgnr(digits)}.`, 'schema/värde');
  }
  if (name === 'postnummer' && /^\d{5}$/.test(digits)) return hint(`'${value}' är inget postnummer i formen 123 45: skriv ${digits.slice(0, 3)} ${digits.slice(3)}.`, 'schema/värde');
  if (name === 'basmånad') {
    const month = /^(\d{4})-(\d{1,2})$/.exec(value.trim());
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return hint(`'${value}' är ingen månad i formen ÅÅÅÅ-MM: skriv ${month[1]}-${month[2]!.padStart(2, '0')}.`, 'schema/värde');
  }
  if ((error.parentSchema as { pattern?: string } | undefined)?.pattern === '^[a-z0-9][a-z0-9-]*$' && idOf(value) !== '') {
    return hint(`'${value}' är inget giltigt part-id i '${field}': ett id har små bokstäver a–z, siffror och bindestreck, som under parter. Skriv ${idOf(value)}.`, 'schema/värde');
  }
  return undefined;
}
