// The JSON contract other tools rely on: version 1, paths relative to the working directory.
import { relative } from 'node:path';
import type { Diagnostic } from '../model.js';
import type { CheckResult } from '../check.js';

export interface JsonReport {
  version: 1;
  files: { path: string; errors: number; warnings: number }[];
  diagnostics: (Omit<Diagnostic, 'related'> & { related?: Diagnostic['related'] })[];
  summary: { files: number; errors: number; warnings: number };
}

export function toJsonReport(result: CheckResult, diagnostics: Diagnostic[], cwd: string): JsonReport {
  const rel = (file: string): string => relative(cwd, file).split('\\').join('/') || '.';
  const shown = new Set(diagnostics);
  const files = result.files.map((summary) => {
    const own = diagnostics.filter((d) => d.file === summary.file && shown.has(d));
    return {
      path: rel(summary.file),
      errors: own.filter((d) => d.severity === 'error').length,
      warnings: own.filter((d) => d.severity === 'warning').length,
    };
  });
  return {
    version: 1,
    files,
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
