// Exact, faster ways to run a rule's pattern over long prose. A regular expression that starts
// with an assertion (a lookbehind, \b) or with a long alternation is tried at every position of
// the text; these helpers find the same matches, in the same order, while trying far fewer.

import { advance, allMatches, nextPosition } from '../../text/matches.js';

export { advance, allMatches };

/**
 * The matches of `guard` followed by `body`, as `text.matchAll` finds them for the pattern written
 * as one: `body` (global) finds where the pattern can match, and `guard` (sticky, zero-width, with
 * the pattern's other flags) is tested there. V8 skips ahead to the places `body` can start at;
 * with the assertion in front it tries every position. `body` must not match at the second half
 * of a surrogate pair (V8 tries the whole pattern there, and `body` is never looked for there): it
 * begins with a letter, a digit or another character of its own.
 */
export function guardedMatches(text: string, body: RegExp, guard: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  body.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = body.exec(text)) !== null) {
    guard.lastIndex = match.index;
    if (guard.test(text)) {
      found.push(match);
      if (match[0].length === 0) body.lastIndex = advance(body, text, match.index);
    } else {
      // As the whole pattern would: no match at this position, so try from the next one.
      body.lastIndex = advance(body, text, match.index);
    }
  }
  return found;
}

/**
 * The matches of `guard` followed by `pattern`, as text.matchAll finds them for the two written
 * as one global pattern. `pattern` is sticky; `starts` are plain words (global, the same flags) of
 * which every match of `pattern` begins with one. Each word is searched for on its own (V8 skips
 * ahead for a plain word, not for an alternation or a pattern that begins with one), and the places
 * are tried in order, as the one pattern would try them.
 */
export function startingMatches(text: string, pattern: RegExp, starts: readonly RegExp[], guard: RegExp): RegExpExecArray[] {
  const lists = starts.map((start) => {
    const list: number[] = [];
    start.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = start.exec(text)) !== null) {
      list.push(match.index);
      // Overlapping places too: the pattern may begin at any of them.
      start.lastIndex = advance(start, text, match.index);
    }
    return list;
  });
  const places = mergeAscending(lists);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const place of places) {
    if (place < from) continue;
    guard.lastIndex = place;
    if (!guard.test(text)) continue;
    pattern.lastIndex = place;
    const match = pattern.exec(text);
    if (match === null) continue;
    found.push(match);
    from = match[0].length === 0 ? advance(pattern, text, place) : pattern.lastIndex;
  }
  return found;
}

/** Ascending lists of numbers merged into one ascending list (a few lists: each step takes the least head). */
export function mergeAscending(lists: readonly number[][]): number[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const merged: number[] = [];
  const heads = new Array<number>(nonEmpty.length).fill(0);
  for (;;) {
    let least = -1;
    for (let i = 0; i < nonEmpty.length; i++) {
      if (heads[i]! < nonEmpty[i]!.length && (least < 0 || nonEmpty[i]![heads[i]!]! < nonEmpty[least]![heads[least]!]!)) least = i;
    }
    if (least < 0) return merged;
    merged.push(nonEmpty[least]![heads[least]!]!);
    heads[least]!++;
  }
}

/** Characters that end a clause (. , ; : ! ?): no pattern searched by clauses may match one. */
function endsClause(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63;
}

/** A word every match of a pattern holds, and where it stands in a match. */
export interface Anchor {
  /** The word, found in any case (as by a pattern with the flags i and u). */
  word: string;
  /**
   * Optional, sticky, tested where the word stands: when it fails there, the word there is no part
   * of a match (it is necessary, not sufficient).
   */
  at?: RegExp;
}

/** A clause: the text from `start` to `end`, between two of . , ; : ! ? (or the text's ends). */
export interface Clause {
  start: number;
  end: number;
}

const patterns = new Map<string, RegExp>();

/**
 * new RegExp(source, flags), made once: the patterns built for each ärende (from its parties' and
 * groups' names) are mostly the same from one ärende to the next. At most 500 are kept.
 */
export function cachedPattern(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size >= 500) patterns.clear();
    pattern = new RegExp(source, flags);
    patterns.set(key, pattern);
  }
  return pattern;
}

const wordPatterns = new Map<string, RegExp>();

/** A search for one word in any case: a plain word is found far faster than an alternation of words. */
function wordPattern(word: string): RegExp {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    pattern = cachedPattern(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    if (wordPatterns.size >= 500) wordPatterns.clear();
    wordPatterns.set(word, pattern);
  }
  return pattern;
}

/** The clauses of `text` that hold one of the anchors, in order. */
export function clausesWith(text: string, anchors: readonly Anchor[]): Clause[] {
  const positions = mergeAscending(
    anchors.map(({ word, at }) => {
      const found: number[] = [];
      const pattern = wordPattern(word);
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(text)) !== null) {
        // From the next position, not the word's end: overlapping occurrences are tried too.
        pattern.lastIndex = nextPosition(text, match.index);
        if (at) {
          at.lastIndex = match.index;
          if (!at.test(text)) continue;
        }
        found.push(match.index);
      }
      return found;
    }),
  );
  const clauses: Clause[] = [];
  for (const position of positions) {
    if (clauses.length > 0 && position < clauses[clauses.length - 1]!.end) continue;
    let start = position;
    while (start > 0 && !endsClause(text.charCodeAt(start - 1))) start--;
    let end = position;
    while (end < text.length && !endsClause(text.charCodeAt(end))) end++;
    clauses.push({ start, end });
  }
  return clauses;
}

/**
 * The matches of the global `pattern` in `clauses` of `text`, as `text.matchAll` finds them in the
 * whole text when every match lies in one of the clauses. That holds when the pattern matches none
 * of . , ; : ! ?, each of its matches holds one of the anchors the clauses were found by, and it
 * looks at no more than one character before or after a match.
 */
export function matchesIn(text: string, pattern: RegExp, clauses: readonly Clause[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const { start, end } of clauses) {
    // One character either side, so that assertions at the clause's edges see what they would.
    const from = Math.max(0, start - 1);
    const clause = text.slice(from, Math.min(text.length, end + 1));
    pattern.lastIndex = start - from;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(clause)) !== null && match.index + from < end) {
      if (match[0].length === 0) pattern.lastIndex = advance(pattern, clause, match.index);
      match.index += from;
      match.input = text;
      found.push(match);
    }
  }
  return found;
}

/** matchesIn the clauses that hold one of the anchors. */
export function clauseMatches(text: string, pattern: RegExp, anchors: readonly Anchor[]): RegExpExecArray[] {
  return matchesIn(text, pattern, clausesWith(text, anchors));
}
