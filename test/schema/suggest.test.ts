import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, withinEditDistance } from '../../src/schema/suggest.js';

const WORDS = ['', 'a', 'ab', 'ba', 'föreningen', 'föreningar', 'föreningens', 'Föreningen', 'socialnämnden', 'socialnämnd', 'sociala', 'bergsjön', 'bergsjöns', 'bergsjö', 'demokrati-', 'demokrati', 'kulturhuset', 'kulturhus', '2031', '2030', 'göteborg', 'götebrog'];

describe('withinEditDistance', () => {
  it('says whether the edit distance is within the limit, for every pair and limit', () => {
    for (const a of WORDS) {
      for (const b of WORDS) {
        const distance = editDistance(a, b);
        for (let limit = 0; limit <= 4; limit++) expect([a, b, limit, withinEditDistance(a, b, limit)]).toEqual([a, b, limit, distance <= limit]);
      }
    }
  });

  it('counts a transposition as two edits and a changed letter as one', () => {
    expect(withinEditDistance('götebrog', 'göteborg', 1)).toBe(false);
    expect(withinEditDistance('götebrog', 'göteborg', 2)).toBe(true);
    expect(withinEditDistance('socialnämnd', 'socialnämnt', 1)).toBe(true);
  });
});

describe('closestMatch', () => {
  /** The nearest candidate by the whole table: the first at the least distance, when within the limit. */
  function nearestByTable(word: string, candidates: string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
      const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
  }

  it('suggests the first of the nearest candidates, and nothing when none is near enough', () => {
    const parties = ['Socialnämnden Nordost', 'Föreningen Navet i Bergsjön', 'Familjebostäder i Göteborg AB', 'Bergsjön 2031', 'Socialnämnden Nordväst'];
    expect(closestMatch('Socialnämnd Nordost', parties)).toBe('Socialnämnden Nordost');
    expect(closestMatch('Socialnämnden Nordväs', parties)).toBe('Socialnämnden Nordväst');
    expect(closestMatch('Socialnämnden Nordvst', parties)).toBe('Socialnämnden Nordost');
    expect(closestMatch('Kulturförvaltningen', parties)).toBeUndefined();
    expect(closestMatch('ab', ['abc', 'abd'])).toBe('abc');
    for (const word of [...WORDS, 'Socialförvaltningen Nordost', 'Bergsjön 2030']) {
      for (const candidates of [WORDS, parties, [...WORDS].reverse(), []]) expect(closestMatch(word, candidates)).toBe(nearestByTable(word, candidates));
    }
  });
});
