import { describe, expect, it } from 'vitest';
import { editDistance, withinEditDistance } from '../../src/schema/suggest.js';

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
