// The JSON contract other tools rely on: version 1, paths relative to the working directory.
import { dirname, relative, sep } from 'node:path';
import type { Diagnostic } from '../model.js';
import type { CheckResult } from '../check.js';

export interface JsonReport {
  version: 1;
  files: { path: string; errors: number; warnings: number }[];
  diagnostics: (Omit<Diagnostic, 'related'> & { related?: Diagnostic['related'] })[];
  summary: { files: number; errors: number; warnings: number };
}

/**
 * One entry per ärende (its iop.yaml) counting every diagnostic of the ärende, in avtal.md and the
 * bilagor too, then one per other file with diagnostics (an iop.config.yaml): the entries add up to
 * the summary.
 */
function fileCounts(result: CheckResult, diagnostics: Diagnostic[], rel: (file: string) => string): JsonReport['files'] {
  const folders = result.files.map((summary) => dirname(summary.file) + sep);
  // Each folder's first ärende: the innermost folder holding a file is found by walking up from
  // the file, not by testing every folder for every diagnostic (1000 ärenden have many).
  const ownerOf = new Map<string, number>();
  folders.forEach((folder, index) => {
    if (!ownerOf.has(folder)) ownerOf.set(folder, index);
  });
  const counts = new Map<string, { path: string; errors: number; warnings: number }>();
  for (const summary of result.files) counts.set(summary.file, { path: rel(summary.file), errors: 0, warnings: 0 });
  for (const d of diagnostics) {
    const owner = innermostFolder(d.file, ownerOf);
    const key = owner < 0 ? d.file : result.files[owner]!.file;
    const entry = counts.get(key) ?? { path: rel(key), errors: 0, warnings: 0 };
    counts.set(key, entry);
    if (d.severity === 'error') entry.errors++;
    else entry.warnings++;
  }
  return [...counts.values()];
}

/** The index of the innermost folder (ending in a separator) that holds `file`; -1 when none does. */
function innermostFolder(file: string, ownerOf: ReadonlyMap<string, number>): number {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const owner = ownerOf.get(dir + sep);
    if (owner !== undefined && file.startsWith(dir + sep)) return owner;
    if (dirname(dir) === dir) return -1;
  }
}

export function toJsonReport(result: CheckResult, diagnostics: Diagnostic[], cwd: string): JsonReport {
  // Worked out once per file: a run over many ärenden names each file many times.
  const shown = new Map<string, string>();
  const rel = (file: string): string => {
    let path = shown.get(file);
    if (path === undefined) {
      path = relative(cwd, file).split('\\').join('/') || '.';
      shown.set(file, path);
    }
    return path;
  };
  return {
    version: 1,
    files: fileCounts(result, diagnostics, rel),
    diagnostics: diagnostics.map((d) => {
      const out: JsonReport['diagnostics'][number] = {
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        file: rel(d.file),
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      };
      if (d.path !== undefined) out.path = d.path;
      if (d.related) out.related = d.related.map((r) => ({ ...r, file: rel(r.file) }));
      return out;
    }),
    summary: {
      files: result.files.length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    },
  };
}

export function formatJson(result: CheckResult, diagnostics: Diagnostic[], cwd: string): string {
  return JSON.stringify(toJsonReport(result, diagnostics, cwd), null, 2) + '\n';
}
