// Every match of a pattern, as String.prototype.matchAll finds them, from the pattern itself:
// matchAll (and split with a pattern) copy the pattern into a new RegExp at every call, which costs
// more than the search in the many short strings of an ärende.

/** Every match of the global `pattern` in `text`, as text.matchAll(pattern) finds them when its lastIndex is 0. */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex = advance(pattern, text, match.index);
  }
  return found;
}

/** The position a global pattern tries after `index`: the next character, a code point when it has the flag u. */
export function advance(pattern: RegExp, text: string, index: number): number {
  return pattern.unicode ? nextPosition(text, index) : index + 1;
}

/** The position after the character (code point) at `index`. */
export function nextPosition(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return index + 2;
  }
  return index + 1;
}

/**
 * text.split(pattern) for a global `pattern` that matches no empty text and captures nothing:
 * the pieces between its matches.
 */
export function splitBy(text: string, pattern: RegExp): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const match of allMatches(text, pattern)) {
    pieces.push(text.slice(last, match.index));
    last = match.index + match[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}
