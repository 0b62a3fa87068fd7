// The check pipeline: discover → load → validate (schema) → rules. Pure library API; no printing.
import type { Arende, Diagnostic, IopData, ValidArende } from './model.js';
import { draftData } from './schema/draft.js';
import { discoverArenden } from './load/discover.js';
import { loadArende } from './load/arende.js';
import { ConfigResolver } from './load/config.js';
import { validateAgainstSchema } from './schema/validate.js';
import { runRules, type RunOptions } from './rules/engine.js';
import { RULES } from './rules/index.js';
import type { Rule } from './rules/types.js';
import { PSEUDO_DIAGNOSTICS } from './diagnostic-ids.js';

export interface CheckOptions extends RunOptions {
  cwd?: string;
  /** The folder the search for iop.config.yaml stops at (`--rot`); default the repository root. */
  root?: string;
  rules?: readonly Rule[];
  /**
   * Keep every loaded ärende in the result (default true). A CLI run over hundreds of ärenden
   * turns it off, so each parsed document can be freed as soon as it is checked.
   */
  keepArenden?: boolean;
}

export interface FileSummary {
  /** Absolute path of the ärende's iop.yaml. */
  file: string;
  errors: number;
  warnings: number;
}

export interface CheckedArende {
  arende: Arende;
  diagnostics: Diagnostic[];
  /** The data passed the schema, so the rules ran and the renderer may use it. */
  valid: boolean;
  /**
   * When the data breaks the schema: the data without the rejected values, if that passes it. A
   * draft (--utkast) may be printed from it; a final build never is.
   */
  draft?: IopData;
}

export interface CheckResult {
  /** The checked ärenden; empty when `keepArenden` is false. */
  arenden: CheckedArende[];
  files: FileSummary[];
  /** Every diagnostic of the run, including those of iop.config.yaml files. */
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

/** Checks one loaded ärende: schema first; the rules only on data that passed it. */
export function checkArende(arende: Arende, loadDiagnostics: Diagnostic[], options: CheckOptions = {}): CheckedArende {
  const diagnostics = [...loadDiagnostics];
  if (diagnostics.some((d) => d.severity === 'error') || arende.data === undefined) {
    return { arende, diagnostics: sortDiagnostics(diagnostics), valid: false };
  }
  const schemaDiagnostics = validateAgainstSchema('iop', arende.data, arende.yaml);
  diagnostics.push(...schemaDiagnostics);
  if (schemaDiagnostics.length > 0) {
    const pointers = (list: Diagnostic[]): string[] => list.map((d) => d.path ?? '');
    // The rules do not run on the draft: a value left out would only echo as findings elsewhere
    // (a total that no longer adds up); the schema error is the one answer until it is fixed.
    const draft = draftData(arende.data, pointers(schemaDiagnostics), (data) => pointers(validateAgainstSchema('iop', data, arende.yaml)));
    return { arende, diagnostics: sortDiagnostics(diagnostics), valid: false, ...(draft ? { draft } : {}) };
  }
  diagnostics.push(...runRules(arende as ValidArende, options.rules ?? RULES, options));
  return { arende, diagnostics: sortDiagnostics(diagnostics), valid: true };
}

/** Checks every ärende under the given paths. Throws IopError when a path cannot be used. */
export function check(paths: string[], options: CheckOptions = {}): CheckResult {
  return checkDirs(discoverArenden(paths, options.cwd), options);
}

/** Checks the given ärende folders, in order. */
export function checkDirs(dirs: readonly string[], options: CheckOptions = {}): CheckResult {
  const configs = new ConfigResolver({ rules: RULES.map((rule) => rule.meta.id), fixed: Object.keys(PSEUDO_DIAGNOSTICS) }, { root: options.root, cwd: options.cwd });
  const keep = options.keepArenden ?? true;
  const arenden: CheckedArende[] = [];
  const files: FileSummary[] = [];
  const arendeDiagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    const { arende, diagnostics } = loadArende(dir, configs);
    const checked = checkArende(arende, diagnostics, options);
    if (keep) arenden.push(checked);
    files.push(summarize(arende.yaml.file, checked.diagnostics));
    arendeDiagnostics.push(...checked.diagnostics);
  }
  return resultOf(arenden, files, configs.diagnostics(), arendeDiagnostics);
}

/** Puts a result together; config diagnostics first, each once (several workers may read one config). */
export function resultOf(arenden: CheckedArende[], files: FileSummary[], configDiagnostics: Diagnostic[], arendeDiagnostics: Diagnostic[]): CheckResult {
  const seen = new Set<string>();
  const uniqueConfig = configDiagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const diagnostics = [...uniqueConfig, ...arendeDiagnostics];
  const totals = summarize('', diagnostics);
  return { arenden, files, diagnostics, errorCount: totals.errors, warningCount: totals.warnings };
}

function summarize(file: string, diagnostics: Diagnostic[]): FileSummary {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { file, errors, warnings: diagnostics.length - errors };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  // Most pairs are in one file: the same string compares equal without asking the collator.
  return [...diagnostics].sort((a, b) => (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column);
}
