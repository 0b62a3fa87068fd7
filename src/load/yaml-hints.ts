// What the YAML parser's errors mean for the common mistakes, said with the fix and at the line
// that needs it. The parser reports both of these as "a key cannot be a block" at the value of the
// line before the real problem, or at the start of a value:
// - a text with ": " in it (`titel: Ordförande: styrelsen`): YAML reads a new key; quote the text;
// - a line indented further than its neighbours (`    kortnamn: L` then `      sektor: x`): YAML
//   reads the deeper line as part of the value above; take away the extra spaces.
import type { YAMLError } from 'yaml';
import type { SourceText } from '../model.js';
import { lineText, positionAt } from './positions.js';

export interface YamlHint {
  start: number;
  end: number;
  message: string;
}

const IMPLICIT_KEY_ERRORS = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

const MESSAGES = {
  colon: (key: string, value: string) =>
    `Texten innehåller ": ", som YAML läser som början på ett nytt fält. Sätt texten inom citattecken: ${key}: "${value.replaceAll('"', '\\"')}"`,
  indent: (extra: number, sibling: string) =>
    `Raden är indragen ${extra} mellanslag längre än raden ovanför. Ta bort ${extra === 1 ? 'ett mellanslag' : `${extra} mellanslag`} så att den börjar rakt under '${sibling}'.`,
};

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/** The fix for a parser error that is one of the common mistakes; undefined for any other. */
export function yamlHint(source: SourceText, error: YAMLError): YamlHint | undefined {
  if (!IMPLICIT_KEY_ERRORS.has(error.code)) return undefined;
  const { line } = positionAt(source.lineStarts, error.pos[0]);
  const text = lineText(source.text, source.lineStarts, line);
  const pair = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(.*?)\s*$/.exec(text);
  if (!pair) return undefined;
  const [, lead = '', key = '', value = ''] = pair;
  const lineStart = source.lineStarts[line - 1]!;
  if (/:\s/.test(value) && !/^["'[{|>]/.test(value)) {
    const valueStart = lineStart + text.indexOf(value, lead.length + key.length + 1);
    return { start: valueStart, end: valueStart + value.length, message: MESSAGES.colon(key.trim(), value) };
  }
  // The next line that has something on it, when it is indented deeper than this line's key.
  for (let next = line + 1; next <= source.lineStarts.length; next++) {
    const following = lineText(source.text, source.lineStarts, next);
    if (following.trim() === '' || following.trimStart().startsWith('#')) continue;
    const keyColumn = lead.length;
    const extra = indentOf(following) - keyColumn;
    if (extra <= 0 || !/^\s*[^\s:#][^:#]*:(\s|$)/.test(following)) return undefined;
    const start = source.lineStarts[next - 1]! + keyColumn;
    return { start, end: start + extra, message: MESSAGES.indent(extra, key.trim()) };
  }
  return undefined;
}
