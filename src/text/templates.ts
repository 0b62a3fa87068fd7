// A small scanner for Handlebars expressions in prose ({{belopp finansiering.totalt}}), so that
// `iop check` can verify them without loading Handlebars itself.

import { splitBy } from './matches.js';

export type TokenKind = 'path' | 'string' | 'number' | 'literal' | 'hash' | 'subexpression';

export interface TemplateToken {
  kind: TokenKind;
  /** The path, the string's content, the number, or for hash arguments the value's text. */
  value: string;
  /** For hash arguments (key=value): the key. */
  key?: string;
  /** Offset of the token in the scanned text. */
  offset: number;
  length: number;
}

export interface TemplateExpression {
  /** Offset of "{{" in the scanned text. */
  offset: number;
  /** Length up to and including "}}" (or to the end of the line when unterminated). */
  length: number;
  /** '#' opens a block, '/' closes one, '>' places a partial (a generated block), '' is a plain expression; comments are not returned. */
  block: '#' | '/' | '>' | '';
  tokens: TemplateToken[];
  unterminated: boolean;
}

const OPEN = /\{\{(~?)(\{?)/g;

/** Every {{…}} expression in `text`, in order. Comments ({{! … }}) are skipped. */
export function scanTemplates(text: string): TemplateExpression[] {
  const found: TemplateExpression[] = [];
  if (!text.includes('{{')) return found;
  OPEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = OPEN.exec(text)) !== null) {
    const start = match.index;
    const innerStart = start + match[0].length;
    const close = text.indexOf('}}', innerStart);
    if (text.startsWith('!', innerStart)) {
      const end = text.startsWith('!--', innerStart) ? text.indexOf('--}}', innerStart) : close;
      OPEN.lastIndex = end < 0 ? text.length : end + 2;
      continue;
    }
    const lineEnd = text.indexOf('\n', innerStart);
    // Missing "}}": none at all, or the next one belongs to a later expression or paragraph.
    const between = close < 0 ? '' : text.slice(innerStart, close);
    if (close < 0 || between.includes('{{') || between.includes('\n\n')) {
      const end = lineEnd < 0 ? text.length : lineEnd;
      found.push({ offset: start, length: end - start, block: '', tokens: [], unterminated: true });
      OPEN.lastIndex = end;
      continue;
    }
    let inner = text.slice(innerStart, close);
    let innerOffset = innerStart;
    inner = inner.replace(/~$/, '');
    let block: TemplateExpression['block'] = '';
    const lead = /^\s*([#/>])/.exec(inner);
    if (lead) {
      block = lead[1] as '#' | '/' | '>';
      innerOffset += lead[0].length;
      inner = inner.slice(lead[0].length);
    }
    let end = close + 2;
    if (text.startsWith('}', end)) end++;
    found.push({ offset: start, length: end - start, block, tokens: tokenize(inner, innerOffset), unterminated: false });
    OPEN.lastIndex = end;
  }
  return found;
}

const TOKEN = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(-?\d+(?:\.\d+)?)(?=[\s)]|$)|(\()|([^\s=()]+)=|([^\s()]+))/y;

function tokenize(inner: string, base: number): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let pendingKey: { key: string; offset: number } | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < inner.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(inner);
    if (!match) break;
    const offset = base + at + (match[0].length - match[0].trimStart().length);
    const length = match[0].trimStart().length;
    if (match[5] !== undefined) {
      pendingKey = { key: match[5], offset };
      continue;
    }
    let token: TemplateToken;
    if (match[4] !== undefined) {
      // A subexpression: skip to its closing parenthesis; its content is not checked.
      const close = findClose(inner, TOKEN.lastIndex);
      token = { kind: 'subexpression', value: inner.slice(TOKEN.lastIndex, close), offset, length: close + 1 - (offset - base) };
      TOKEN.lastIndex = Math.min(inner.length, close + 1);
    } else if (match[1] !== undefined || match[2] !== undefined) {
      token = { kind: 'string', value: match[1] ?? match[2] ?? '', offset, length };
    } else if (match[3] !== undefined) {
      token = { kind: 'number', value: match[3], offset, length };
    } else {
      const word = match[6] ?? '';
      token = { kind: ['true', 'false', 'null', 'undefined', 'else'].includes(word) ? 'literal' : 'path', value: word, offset, length };
    }
    if (pendingKey) {
      tokens.push({ ...token, kind: 'hash', key: pendingKey.key, offset: pendingKey.offset, length: token.offset + token.length - pendingKey.offset });
      pendingKey = undefined;
    } else {
      tokens.push(token);
    }
  }
  return tokens;
}

function findClose(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/**
 * The text with every {{…}} expression replaced by spaces (same length, so offsets stay valid).
 * `expressions`: scanTemplates(text), when the caller has it.
 */
export function maskTemplates(text: string, expressions?: readonly TemplateExpression[]): string {
  // Most prose holds no expression: a cheap search spares it the scan and the copy.
  if (!text.includes('{{')) return text;
  // Joined, not concatenated: the result is one flat string, which the checks read fast.
  const parts: string[] = [];
  let last = 0;
  for (const expression of expressions ?? scanTemplates(text)) {
    parts.push(text.slice(last, expression.offset), ' '.repeat(expression.length));
    last = expression.offset + expression.length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

const PATH_SEPARATOR = /[./]/g;

/** The segments of a dotted path: "parter.[0].namn" and "parter.0.namn" → ["parter", "0", "namn"]. */
export function pathSegments(path: string): string[] {
  const stripped = path.replace(/^(?:this|@root)[./]/, '');
  return splitBy(stripped, PATH_SEPARATOR)
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/^\[(.*)\]$/, '$1'));
}

/** The value at a dotted template path in `data`, or undefined. */
export function valueAtPath(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const segment of pathSegments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * The text with {{datum path}} replaced by the ISO date it shows (right-aligned in the expression's
 * space) and every other expression by spaces, so facts can be read with offsets intact.
 * `expressions`: scanTemplates(text), when the caller has it.
 */
export function resolveDateTemplates(text: string, data: unknown, expressions?: readonly TemplateExpression[]): string {
  if (!text.includes('{{')) return text;
  let out = '';
  let last = 0;
  for (const expression of expressions ?? scanTemplates(text)) {
    const [helper, arg] = expression.tokens;
    const value = helper?.value === 'datum' && arg?.kind === 'path' ? valueAtPath(data, arg.value) : undefined;
    const shown = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value.length <= expression.length ? value.padStart(expression.length) : ' '.repeat(expression.length);
    out += text.slice(last, expression.offset) + shown;
    last = expression.offset + expression.length;
  }
  return out + text.slice(last);
}
