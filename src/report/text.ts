// Human output: "fil:rad:kolumn  fel  meddelande  regel-id", a code frame, related places, a summary.
import { readFileSync } from 'node:fs';
import { SEVERITY_WORD, type Diagnostic } from '../model.js';
import { computeLineStarts, lineText } from '../load/positions.js';
import { summaryLine } from './summary.js';
import { shownPath } from './where.js';

export interface TextOptions {
  cwd: string;
  color: boolean;
  arenden: number;
  /** Source texts by absolute path, to draw code frames without reading files again. */
  sources?: Map<string, string>;
}


function paint(enabled: boolean, code: string, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
}

const FRAME_WIDTH = 140;

/** The offending line (a window of it around the column when it is long) with a marker under the span. */
function codeFrame(text: string, starts: number[], diagnostic: Diagnostic, color: boolean): string[] {
  if (diagnostic.line > starts.length) return [];
  const line = lineText(text, starts, diagnostic.line).replace(/\t/g, ' ');
  const from = line.length > FRAME_WIDTH && diagnostic.column > FRAME_WIDTH / 2 ? diagnostic.column - FRAME_WIDTH / 2 : 0;
  const prefix = from > 0 ? '…' : '';
  const window = line.slice(from, from + FRAME_WIDTH);
  const suffix = from + FRAME_WIDTH < line.length ? '…' : '';
  const gutter = String(diagnostic.line);
  const spanEnd = diagnostic.endLine === diagnostic.line ? diagnostic.endColumn : line.length + 1;
  const width = Math.max(1, Math.min(spanEnd - diagnostic.column, from + FRAME_WIDTH - diagnostic.column + 1));
  const marker = ' '.repeat(prefix.length + Math.max(0, diagnostic.column - 1 - from)) + '^'.repeat(width);
  return [
    `  ${paint(color, '2', gutter + ' |')} ${prefix}${window}${suffix}`,
    `  ${' '.repeat(gutter.length)} ${paint(color, '2', '|')} ${paint(color, diagnostic.severity === 'error' ? '31' : '33', marker)}`,
  ];
}

export function formatText(diagnostics: Diagnostic[], options: TextOptions): string {
  const out: string[] = [];
  const texts = options.sources ?? new Map<string, string>();
  const textOf = (file: string): string | undefined => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
    }
    return texts.get(file);
  };
  // Each file's line starts and shown path are worked out once: many diagnostics share a file.
  const lineStarts = new Map<string, number[]>();
  const startsOf = (file: string, text: string): number[] => {
    let starts = lineStarts.get(file);
    if (starts === undefined) {
      starts = computeLineStarts(text);
      lineStarts.set(file, starts);
    }
    return starts;
  };
  const shownPaths = new Map<string, string>();
  const shown = (file: string): string => {
    let path = shownPaths.get(file);
    if (path === undefined) {
      path = shownPath(options.cwd, file);
      shownPaths.set(file, path);
    }
    return path;
  };
  for (const d of diagnostics) {
    const where = `${shown(d.file)}:${d.line}:${d.column}`;
    const severity = paint(options.color, d.severity === 'error' ? '31;1' : '33;1', SEVERITY_WORD[d.severity]);
    out.push(`${where}  ${severity}  ${d.message}  ${paint(options.color, '2', d.ruleId)}`);
    const text = textOf(d.file);
    if (text !== undefined) out.push(...codeFrame(text, startsOf(d.file, text), d, options.color));
    for (const related of d.related ?? []) {
      out.push(`  ${paint(options.color, '36', '→')} ${shown(related.file)}:${related.line}:${related.column}  ${related.message}`);
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (out.length > 0) out.push('');
  out.push(summaryLine(errors, warnings, options.arenden));
  return out.join('\n') + '\n';
}
