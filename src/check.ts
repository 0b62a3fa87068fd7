// The check pipeline: discover → load → validate (schema) → rules. Pure library API; no printing.
import type { Arende, Diagnostic, ValidArende } from './model.js';
import { discoverArenden } from './load/discover.js';
import { loadArende } from './load/arende.js';
import { ConfigResolver } from './load/config.js';
import { validateAgainstSchema } from './schema/validate.js';
import { runRules, type RunOptions } from './rules/engine.js';
import { RULES } from './rules/index.js';
import type { Rule } from './rules/types.js';

export interface CheckOptions extends RunOptions {
  cwd?: string;
  rules?: readonly Rule[];
}

export interface CheckedArende {
  arende: Arende;
  diagnostics: Diagnostic[];
  /** The data passed the schema, so the rules ran and the renderer may use it. */
  valid: boolean;
}

export interface CheckResult {
  arenden: CheckedArende[];
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
  if (schemaDiagnostics.length > 0) return { arende, diagnostics: sortDiagnostics(diagnostics), valid: false };
  diagnostics.push(...runRules(arende as ValidArende, options.rules ?? RULES, options));
  return { arende, diagnostics: sortDiagnostics(diagnostics), valid: true };
}

/** Checks every ärende under the given paths. Throws IopError when a path cannot be used. */
export function check(paths: string[], options: CheckOptions = {}): CheckResult {
  const dirs = discoverArenden(paths, options.cwd);
  const configs = new ConfigResolver();
  const arenden = dirs.map((dir) => {
    const { arende, diagnostics } = loadArende(dir, configs);
    return checkArende(arende, diagnostics, options);
  });
  const diagnostics = [...configs.diagnostics(), ...arenden.flatMap((a) => a.diagnostics)];
  return {
    arenden,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
