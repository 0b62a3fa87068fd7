// The fast ways of scanning prose find exactly what the plain patterns find: the same matches, at
// the same places, in the same order, on texts made to trip them (clause edges, case variants, letters
// outside the Basic Multilingual Plane, words that overlap).
import { describe, expect, it } from 'vitest';
import { clausesWith, guardedMatches, matchesIn, mergeAscending, startingMatches } from '../../src/rules/support/scan.js';
import { allMatches, splitBy } from '../../src/text/matches.js';
import { COUNT_SOURCE } from '../../src/rules/support/counts.js';

/** A small deterministic generator, so a failure can be repeated. */
function texts(count: number, pieces: readonly string[], seed = 7): string[] {
  let state = seed;
  const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 24) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

const PIECES = [' ', '  ', '\n', '.', ',', ';', ':', '!', '?', '-', '(', ')', 'a', 'x', 'ö', 'Å', '1', '12', '2024', 'tre', 'TRE', 'fem (5)', 'fem (4)', 'de', 'mellan', 'parter', 'PARTERNA', 'partners', 'part', 'år', 'ÅR', 'Å\u0052', 'bergsjön', 'Berg', 'berg', 'före', 'Föreningen', 'ſ', 'K', 'İ', '𝐀', '\u0301', 'per', 'deltagare', 'pris', 'à-pris', 'exemplar', 'i', 'likalydande'];

const plain = (text: string, pattern: RegExp): [number, string][] => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
const found = (matches: RegExpExecArray[]): [number, string][] => matches.map((match) => [match.index, match[0]]);

describe('guardedMatches', () => {
  it('finds what the pattern with its leading assertion finds', () => {
    const cases: [string, string, string][] = [
      ['(?<![\\p{L}\\d-])', '(?:före|berg|part)', 'giu'],
      ['(?<![\\p{L}\\d])', '(?:tre|\\d{1,2})\\s+parter', 'giu'],
      ['\\b', 'per\\s+deltagare', 'giu'],
      ['(?<![\\d-])', '(?:19|20)\\d{2}-(?:[ \\t_.]*-?[ \\t_.]*)$', 'gm'],
      ['(?<![\\p{L}])', '[\\p{L}\\d]+', 'gu'],
      // A match that fails the guard may hold the start of one that passes it.
      ['(?<![\\p{L}])', '[\\d ]+\\d', 'gu'],
    ];
    for (const text of texts(400, PIECES)) {
      for (const [guard, body, flags] of cases) {
        const whole = new RegExp(guard + body, flags);
        const split = guardedMatches(text, new RegExp(body, flags), new RegExp(guard, flags.replace('g', '') + 'y'));
        expect([text, guard, body, found(split)]).toEqual([text, guard, body, plain(text, whole)]);
      }
    }
  });
});

describe('startingMatches', () => {
  it('finds what the alternation finds, where its words overlap and the guard fails', () => {
    const alternatives = ['före', 'berg', 'bergsjö', 'part', 'a(?![\\p{L}\\d-])'];
    const source = `(?:${alternatives.join('|')})`;
    for (const text of [...texts(400, PIECES), 'bergsjön', 'xberg berg', 'förebergpart', 'a a-a ba']) {
      const whole = new RegExp(`(?<![\\p{L}\\d-])${source}`, 'giu');
      const split = startingMatches(text, new RegExp(source, 'iuy'), alternatives.map((alternative) => new RegExp(alternative, 'giu')), /(?<![\p{L}\d-])/iuy);
      expect([text, found(split)]).toEqual([text, plain(text, whole)]);
    }
  });
});

describe('mergeAscending', () => {
  it('gives the places of several searches in the order of the text, as sorting them all would', () => {
    expect(mergeAscending([])).toEqual([]);
    expect(mergeAscending([[], [4, 9], []])).toEqual([4, 9]);
    expect(mergeAscending([[1, 5, 9], [2, 5, 12], [0, 20]])).toEqual([0, 1, 2, 5, 5, 9, 12, 20]);
    for (const text of texts(200, ['1', '22', '333', ' '])) {
      const lists = text.split(' ').map((piece, i) => piece.split('').map((digit, j) => Number(digit) * 10 + i + j * 7).sort((a, b) => a - b));
      expect(mergeAscending(lists)).toEqual(lists.flat().sort((a, b) => a - b));
    }
  });
});

describe('clausesWith and matchesIn', () => {
  it('find what the pattern finds in the whole text, when its matches hold an anchor and no clause end', () => {
    const antal = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:de|alla|samtliga|dessa|mellan|våra)\s+)?${COUNT_SOURCE}\s+(partners|parterna|parter)(?![\p{L}])`, 'giu');
    const anchors = [{ word: 'part', at: new RegExp(String.raw`(?<=${COUNT_SOURCE}\s+)(?:partners|parterna|parter)(?![\p{L}])`, 'iuy') }];
    const year = new RegExp(String.raw`(?<![\p{L}])(?:gäller|löper)\s+(?:högst|längst)\s+${COUNT_SOURCE}\s+år(?![\p{L}])`, 'giu');
    const yearAnchors = [{ word: 'år', at: new RegExp(String.raw`(?<=${COUNT_SOURCE}\s+)år(?![\p{L}])`, 'iuy') }];
    const exemplar = /\bi\s+(?:tre|fem|\d)\s+(?:likalydande\s+)?exemplar/giu;
    const pieces = [...PIECES, 'gäller', 'löper', 'högst', 'längst'];
    // Dense with matches, one clause after another.
    const dense = [' ', ', ', '. ', '; ', 'tre parter', 'de fem parterna', 'fem (5) partners', 'alla 4 parter', 'löper högst tre år', 'i 3 exemplar', 'x'];
    for (const text of [...texts(600, pieces), ...texts(300, dense, 11), 'mellan tre\n\nparter', 'tre parter.fem (5) partners', 'de fem PARTERNA!', 'ſamtliga 4 parter', 'löper högst tre år', 'gäller längst fem ÅR', 'i 3 exemplar, i fem likalydande exemplar']) {
      expect([text, found(matchesIn(text, antal, clausesWith(text, anchors)))]).toEqual([text, plain(text, antal)]);
      expect([text, found(matchesIn(text, year, clausesWith(text, yearAnchors)))]).toEqual([text, plain(text, year)]);
      expect([text, found(matchesIn(text, exemplar, clausesWith(text, [{ word: 'exemplar' }])))]).toEqual([text, plain(text, exemplar)]);
    }
  });

  it('searches only the clauses that hold an anchor', () => {
    const text = 'Tre parter. Inga här, men fem (5) partners; och sist: de två parterna';
    expect(clausesWith(text, [{ word: 'part' }]).map(({ start, end }) => text.slice(start, end))).toEqual(['Tre parter', ' men fem (5) partners', ' de två parterna']);
    expect(clausesWith(text, [{ word: 'part', at: /(?<=\(5\)\s+)part/iuy }]).map(({ start, end }) => text.slice(start, end))).toEqual([' men fem (5) partners']);
  });
});

describe('allMatches and splitBy', () => {
  it('find and split as matchAll and split do, empty matches and surrogate pairs included', () => {
    for (const text of [...texts(200, PIECES), '', '𝐀𝐀', 'a,,b']) {
      for (const pattern of [/\s+/g, /[^\p{L}\d]+/gu, /(?:)/gu, /(?:)/g, /x*/g, /[./]/g]) {
        expect(found(allMatches(text, pattern))).toEqual(plain(text, pattern));
      }
      for (const pattern of [/\s+/g, /[^\p{L}\d]+/gu, /[./,]/g]) expect(splitBy(text, pattern)).toEqual(text.split(new RegExp(pattern.source, pattern.flags.replace('g', ''))));
    }
  });
});
