// GitHub Actions workflow commands: one ::error/::warning line per diagnostic.
import { relative } from 'node:path';
import type { Diagnostic } from '../model.js';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(diagnostics: Diagnostic[], cwd: string): string {
  return diagnostics
    .map((d) => {
      const file = relative(cwd, d.file).split('\\').join('/');
      const properties = [`file=${escapeProperty(file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(d.ruleId)}`];
      const related = (d.related ?? []).map((r) => ` (se ${relative(cwd, r.file)}:${r.line}: ${r.message})`).join('');
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(d.message + related)}\n`;
    })
    .join('');
}
