// Amounts: what formatBelopp writes, the amount finder reads back exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBelopp } from '../../src/text/format.js';
import { findAmounts } from '../../src/text/facts.js';

describe('formatBelopp and findAmounts round-trip', () => {
  it('parse(format(n)) === n for whole kronor from 0 to 10 000 000 000', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, 1, 999, 1000, 999_999, 1_000_000, 1e10)), (n) => {
        const text = formatBelopp(n);
        const found = findAmounts(text);
        expect(found, text).toHaveLength(1);
        expect(found[0]!.value, text).toBe(n);
        expect(found[0]!.text, text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the amount back from inside a sentence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), (n) => {
        const found = findAmounts(`Kommunen bidrar med ${formatBelopp(n)} per år.`);
        expect(found.map((f) => f.value)).toEqual([n]);
      }),
      { numRuns: 1000 },
    );
  });
});
