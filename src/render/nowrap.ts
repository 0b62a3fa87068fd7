// Numbers in the documents never break across lines: a date ("2027-12-" / "31"), a period
// ("t.o.m." / "2027-12-31"), an amount ("250" / "000 kr"), an organisationsnummer or a
// diarienummer. Each is wrapped in a span that the browser does not break; the characters stay the
// same, so the PDF's text keeps the ISO date a reader searches for (non-breaking hyphens would not).
// Applied to a document's whole HTML, so generated sentences, tables and the parties' prose alike.

/** Inline, so it holds with a repository's own stylesheet and templates too. */
const OPEN = '<span class="iop-nowrap" style="white-space: nowrap">';
const CLOSE = '</span>';

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const SPACE = '[ \\u00a0]';
/** A piece of a word with hyphens: letters, digits, "/" and inner dots ("N163", "0038/24", "fr.o.m"). */
const PART = '[\\p{L}\\d/](?:[\\p{L}\\d/.]*[\\p{L}\\d/])?';

/** What must stay on one line, longest forms first. */
const UNBROKEN_SOURCE = [
  // "fr.o.m. 2024-03-01", "t.o.m. 1 mars 2025", "den 15 januari 2025"
  `(?:fr\\.o\\.m\\.|t\\.o\\.m\\.|den)${SPACE}+(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}${SPACE}+(?:${MONTHS})${SPACE}+\\d{4})`,
  // "1 mars 2025"
  `\\d{1,2}${SPACE}+(?:${MONTHS})${SPACE}+\\d{4}`,
  // "875 000 kr", "−5 000 kr", "650 000:-", "12 kr", "3 månader"
  `[−-]?\\d{1,3}(?:${SPACE}\\d{3})+(?:${SPACE}*(?:kr|kronor|SEK|:-))?`,
  `[−-]?\\d+(?:${SPACE}*(?:kr|kronor|SEK|:-)|${SPACE}+(?:månader|månad|dagar|dag|år))(?![\\p{L}\\d])`,
  // Telephone numbers: "040-34 10 00", "+46 31-365 00 00"
  `(?:\\+\\d{2}${SPACE})?\\d{1,4}-\\d{2,3}(?:${SPACE}\\d{2,3})+(?!\\d)`,
  // Words with digits and hyphens: dates, organisationsnummer, diarienummer ("KS-2025-0117", "N163-0038/24")
  `(?=[\\p{L}\\d/.‐‑-]*\\d)${PART}(?:[-‐‑]${PART})+`,
].join('|');

/** Every piece to keep together, left to right: what wrapText finds, by its definition. */
const UNBROKEN = new RegExp(UNBROKEN_SOURCE, 'gu');
/** The same pattern, tried at one position only. */
const UNBROKEN_AT = new RegExp(UNBROKEN_SOURCE, 'uy');

/**
 * Where a piece can begin, seen from its first digit: every form above holds a digit, or (words
 * with hyphens) looks ahead to one over letters, "/", "." and hyphens only. So before its first
 * digit a piece has only such characters, a sign ("−5 000 kr", "+46 …"), or one of the words
 * before a date followed by spaces ("den 15 januari 2025").
 */
const BEFORE_DIGIT = /^[\p{L}/.‐‑−+-]$/u;
const DATE_WORDS = ['fr.o.m.', 't.o.m.', 'den'];

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function nextDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return i;
  return -1;
}

/** Text up to a digit or a "<" (where the text between two tags ends). */
const NO_DIGIT = /[^\d<]*/y;

/**
 * Whether the HTML has a digit from `from` to `to`. A search rather than a loop over the
 * characters: the layout's HTML is made by joining pieces, and reading such a string character by
 * character costs several times more than a search does.
 */
function hasDigit(html: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    NO_DIGIT.lastIndex = at;
    NO_DIGIT.test(html);
    at = NO_DIGIT.lastIndex;
    if (at < to && isDigit(html.charCodeAt(at))) return true;
  }
  return false;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0';
}

/** The second half of a surrogate pair, where a search for code points never begins. */
function insidePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/**
 * The leftmost piece that begins at or after `from` and no later than `digit`, the first digit at
 * or after `from`: exactly what a search of UNBROKEN from `from` finds there, trying only the
 * places where a piece can begin (BEFORE_DIGIT) instead of every one.
 */
function pieceBefore(text: string, from: number, digit: number): RegExpExecArray | null {
  const starts: number[] = [];
  let spaces = digit;
  while (spaces > from && isSpace(text[spaces - 1])) spaces--;
  if (spaces < digit) {
    for (const word of DATE_WORDS) if (spaces - word.length >= from && text.startsWith(word, spaces - word.length)) starts.push(spaces - word.length);
  }
  let run = digit;
  while (run > from) {
    const point = String.fromCodePoint(text.codePointAt(insidePair(text, run - 1) ? run - 2 : run - 1)!);
    if (!BEFORE_DIGIT.test(point)) break;
    run -= point.length;
  }
  for (let at = run; at <= digit; at++) if (!insidePair(text, at)) starts.push(at);
  for (const at of starts.sort((a, b) => a - b)) {
    UNBROKEN_AT.lastIndex = at;
    const match = UNBROKEN_AT.exec(text);
    if (match) return match;
  }
  return null;
}

/** Inside a longer word ("abc2024-03-01") a piece is left as written. */
function wrapped(text: string, piece: string, at: number): string {
  const before = text[at - 1];
  return before !== undefined && /[\p{L}\d]/u.test(before) ? piece : OPEN + piece + CLOSE;
}

/** The definition of wrapText: each piece UNBROKEN finds, wrapped (the tests hold the two equal). */
export function wrapTextBySearch(text: string): string {
  return text.replace(UNBROKEN, (piece, at: number, whole: string) => wrapped(whole, piece, at));
}

/**
 * The text with each piece wrapped, as wrapTextBySearch does it, but searching only around digits:
 * most text between tags has none, and most characters in the rest are far from one.
 */
function wrapText(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (let digit = nextDigit(text, 0); digit !== -1; digit = nextDigit(text, from)) {
    const match = pieceBefore(text, from, digit);
    if (!match) {
      from = digit + 1;
      continue;
    }
    out += text.slice(copied, match.index) + wrapped(text, match[0], match.index);
    copied = from = match.index + match[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The HTML with each date, period, amount and number with hyphens wrapped so it does not break. */
export function keepNumbersTogether(html: string): string {
  // Only the text that changes is cut out and joined again; the rest is copied in long runs.
  let out = '';
  let copied = 0;
  let index = 0;
  const wrapUpTo = (end: number): void => {
    // Text without a digit has nothing to keep together.
    if (!hasDigit(html, index, end)) return;
    const text = html.slice(index, end);
    const together = wrapText(text);
    if (together !== text) {
      out += html.slice(copied, index) + together;
      copied = end;
    }
  };
  // Tags, and whole elements whose content is not page text, are copied as they are.
  const TOKENS = /<(style|script|title|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
  for (let match = TOKENS.exec(html); match; match = TOKENS.exec(html)) {
    wrapUpTo(match.index);
    index = TOKENS.lastIndex;
  }
  wrapUpTo(html.length);
  return copied === 0 ? html : out + html.slice(copied);
}
