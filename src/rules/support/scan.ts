// Exact, faster ways to run a rule's pattern over long prose. A regular expression that starts
// with an assertion (a lookbehind, \b) or with a long alternation is tried at every position of
// the text; these helpers find the same matches, in the same order, while trying far fewer.

/**
 * The matches of `guard` followed by `body`, as `text.matchAll` finds them for the pattern written
 * as one: `body` (global) finds where the pattern can match, and `guard` (sticky, zero-width, with
 * the pattern's other flags) is tested there. V8 skips ahead to the places `body` can start at;
 * with the assertion in front it tries every position.
 */
export function guardedMatches(text: string, body: RegExp, guard: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  body.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = body.exec(text)) !== null) {
    guard.lastIndex = match.index;
    if (guard.test(text)) {
      found.push(match);
      if (match[0].length === 0) body.lastIndex = nextPosition(text, match.index);
    } else {
      // As the whole pattern would: no match at this position, so try from the next one.
      body.lastIndex = nextPosition(text, match.index);
    }
  }
  return found;
}

/** The position after the character (code point) at `index`. */
function nextPosition(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return index + 2;
  }
  return index + 1;
}

/**
 * The text in lower case with the same offsets, so a word can be looked for with indexOf in any
 * case. Every character that a case-insensitive pattern takes for a letter of a Swedish word is
 * lowered to that letter (the long s, ſ, becomes s; the Kelvin and Ångström signs lower to k and
 * å by themselves). Undefined when lowering changes the length (İ becomes two characters).
 */
export function lowerText(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Characters that end a clause (. , ; : ! ?): no pattern given to clauseMatches may match one. */
function endsClause(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;
}

export interface ClauseSearch {
  /**
   * Words of which every match holds at least one, in any case; written in lower case, of the
   * letters a–z, å, ä, ö and é. Only the clauses that hold one are searched.
   */
  words: readonly string[];
  /**
   * Optional, sticky: tested where a word stands; when it fails there, that word is no part of a
   * match. Only clauses with a word that passes are searched.
   */
  at?: RegExp;
}

/**
 * The matches of the global `pattern` in `text`, as `text.matchAll` finds them, searching only the
 * clauses (text between . , ; : ! ?) that hold one of `search.words`. Exact when no match of
 * `pattern` holds one of those characters and every match holds one of the words, and when the
 * pattern looks at no more than one character before or after a match. `lower` is
 * lowerText(text), when the caller has it.
 */
export function clauseMatches(text: string, pattern: RegExp, search: ClauseSearch, lower = lowerText(text)): RegExpExecArray[] {
  if (lower === undefined) {
    pattern.lastIndex = 0;
    return [...text.matchAll(pattern)];
  }
  const anchors: number[] = [];
  for (const word of search.words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (search.at) {
        search.at.lastIndex = at;
        if (!search.at.test(text)) continue;
      }
      anchors.push(at);
    }
  }
  anchors.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let searched = -1;
  for (const anchor of anchors) {
    if (anchor < searched) continue;
    let start = anchor;
    while (start > 0 && !endsClause(text.charCodeAt(start - 1))) start--;
    let end = anchor;
    while (end < text.length && !endsClause(text.charCodeAt(end))) end++;
    // One character either side, so that assertions at the clause's edges see what they would.
    const from = Math.max(0, start - 1);
    const clause = text.slice(from, Math.min(text.length, end + 1));
    pattern.lastIndex = start - from;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(clause)) !== null && match.index + from < end) {
      if (match[0].length === 0) pattern.lastIndex = nextPosition(clause, match.index);
      match.index += from;
      match.input = text;
      found.push(match);
    }
    searched = end;
  }
  return found;
}
