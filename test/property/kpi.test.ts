// The KPI uplift is monotonic: a higher new index never gives a lower amount.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { upliftAmount, type Rounding } from '../../src/kpi/uplift.js';

/** KPI values as published: two decimals, here between 1,00 and 2 000,00. */
const kpi = fc.integer({ min: 100, max: 200_000 }).map((hundredths) => hundredths / 100);
const rounding = fc.constantFrom<Rounding>('krona', 'hundra', 'tusen');
const base = fc.integer({ min: 0, max: 1e10 });

describe('upliftAmount', () => {
  it('is monotonic in the new index', () => {
    fc.assert(
      fc.property(base, kpi, kpi, kpi, rounding, fc.boolean(), (amount, a, b, kpiBase, r, mayDecrease) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(upliftAmount(amount, low, kpiBase, r, mayDecrease)).toBeLessThanOrEqual(upliftAmount(amount, high, kpiBase, r, mayDecrease));
      }),
      { numRuns: 3000 },
    );
  });

  it('is antitonic in the base index and never below the base unless a decrease is allowed', () => {
    fc.assert(
      fc.property(base, kpi, kpi, kpi, rounding, (amount, kpiNew, a, b, r) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(upliftAmount(amount, kpiNew, high, r)).toBeLessThanOrEqual(upliftAmount(amount, kpiNew, low, r));
        expect(upliftAmount(amount, kpiNew, low, r)).toBeGreaterThanOrEqual(amount);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the amount when the index is unchanged (rounded to whole kronor)', () => {
    fc.assert(
      fc.property(base, kpi, (amount, index) => {
        expect(upliftAmount(amount, index, index, 'krona', true)).toBe(amount);
      }),
      { numRuns: 1000 },
    );
  });
});
