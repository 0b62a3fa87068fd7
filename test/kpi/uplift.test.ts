// upliftAmount and the reference month: the arithmetic every KPI rule and `iop extend` rely on.
import { describe, expect, it } from 'vitest';
import { indexationTerms } from '../../src/kpi/indexation.js';
import type { IopData } from '../../src/model.js';
import { computeUplift, describeUplift, formatKpi, referenceMonth, upliftAmount, upliftComment } from '../../src/kpi/uplift.js';

describe('upliftAmount', () => {
  it('computes base × new / base index, rounded to whole kronor', () => {
    // 500 000 × 415,51 / 409,07 = 507 871,88…
    expect(upliftAmount(500000, 415.51, 409.07)).toBe(507872);
    expect(upliftAmount(300000, 415.51, 409.07)).toBe(304723);
    expect(upliftAmount(75000, 415.51, 409.07)).toBe(76181);
  });

  it('rounds to hundreds and thousands', () => {
    expect(upliftAmount(500000, 415.51, 409.07, 'hundra')).toBe(507900);
    expect(upliftAmount(500000, 415.51, 409.07, 'tusen')).toBe(508000);
  });

  it('rounds a result that lies exactly on a half upwards', () => {
    // 1 × 300,00 / 200,00 = 1,5 → 2; 3 × 250,00 / 200,00 = 3,75 → 4; 500 × 201,00 / 200,00 = 502,5 → 503.
    expect(upliftAmount(1, 300, 200)).toBe(2);
    expect(upliftAmount(500, 201, 200)).toBe(503);
    expect(upliftAmount(1500, 201, 200, 'tusen')).toBe(2000); // 1 507,5 → 2 000
    expect(upliftAmount(1400, 200.5, 200, 'hundra')).toBe(1400); // 1 403,5 → 1 400
  });

  it('never lowers an amount unless the agreement allows it', () => {
    expect(upliftAmount(500000, 313.75, 314.29)).toBe(500000);
    expect(upliftAmount(500000, 313.75, 314.29, 'krona', true)).toBe(499141);
  });

  it('keeps the amount when the index is unchanged', () => {
    expect(upliftAmount(123456, 409.07, 409.07)).toBe(123456);
  });
});

describe('upliftAmount with a share of the index change (indexering.andel) and rounding down (avrunda: nedåt)', () => {
  // 500 000 × (1 + 80 % × (415,51 / 409,07 − 1)) = 506 297,11.
  it('raises by the stated share of the change only', () => {
    expect(upliftAmount(500000, 415.51, 409.07, 'krona', false, 80)).toBe(506297);
    expect(upliftAmount(500000, 415.51, 409.07, 'krona', false, 100)).toBe(upliftAmount(500000, 415.51, 409.07));
    expect(upliftAmount(500000, 415.51, 409.07, 'krona', false, 0)).toBe(500000);
  });

  it('rounds down to the unit when the agreement says so, and to the nearest otherwise', () => {
    expect(upliftAmount(500000, 415.51, 409.07, 'hundra', false, 80, 'nedåt')).toBe(506200);
    expect(upliftAmount(500000, 415.51, 409.07, 'hundra', false, 80, 'närmaste')).toBe(506300);
    expect(upliftAmount(1400, 201, 200, 'hundra', false, 100, 'nedåt')).toBe(1400); // 1 407 → 1 400
    expect(upliftAmount(1990, 201, 200, 'krona', false, 100, 'nedåt')).toBe(1999); // 1 999,95 → 1 999
  });

  it('applies the share to a fall too, when amounts may decrease', () => {
    // 500 000 × (1 + 50 % × (313,75 / 314,29 − 1)) = 499 570,45.
    expect(upliftAmount(500000, 313.75, 314.29, 'krona', true, 50)).toBe(499570);
    expect(upliftAmount(500000, 313.75, 314.29, 'krona', true, 50, 'nedåt')).toBe(499570);
  });

  it('shows the share and the direction of rounding in the computation', () => {
    const uplift = computeUplift(500000, '2024-10', 415.51, '2023-10', 409.07, 'hundra', false, 80, 'nedåt');
    expect(uplift.result).toBe(506200);
    expect(describeUplift(uplift)).toBe('500\u00a0000\u00a0kr × (1 + 80\u00a0% × (415,51 / 409,07 − 1)) = 506\u00a0200\u00a0kr (avrundat nedåt till hela hundratal kronor)');
    expect(upliftComment(uplift, '1980')).toContain('okt 2024 / okt 2023, avrundat nedåt till hela hundratal kronor)');
  });
});

describe('indexationTerms', () => {
  it('reads the share and the direction of rounding from indexering, and defaults to all of the change, half up', () => {
    const data = (indexering: Record<string, unknown>) =>
      ({ finansiering: { perioder: [{ id: '2024', start: '2024-03-01', slut: '2025-02-28' }] }, avtalstid: { start: '2024-03-01' }, indexering: { serie: '1980', referensmånad: 10, ...indexering } }) as unknown as IopData;
    const stated = indexationTerms(data({ andel: 80, avrunda: 'nedåt', avrundning: 'hundra' }));
    expect(stated.ok && [stated.terms.share, stated.terms.direction, stated.terms.rounding]).toEqual([80, 'nedåt', 'hundra']);
    const plain = indexationTerms(data({}));
    expect(plain.ok && [plain.terms.share, plain.terms.direction, plain.terms.rounding]).toEqual([100, 'närmaste', 'krona']);
  });
});

describe('referenceMonth', () => {
  it('is the reference month of the year before the period starts', () => {
    expect(referenceMonth('2025-04-01', 10)).toBe('2024-10');
    expect(referenceMonth('2024-03-01', 10)).toBe('2023-10');
    expect(referenceMonth('2026-01-01', 3)).toBe('2025-03');
  });
});

describe('the shown computation', () => {
  it('shows every number so that a reader can redo it', () => {
    const uplift = computeUplift(500000, '2024-10', 415.51, '2023-10', 409.07, 'krona', false);
    expect(describeUplift(uplift)).toBe('500\u00a0000\u00a0kr × 415,51 / 409,07 = 507\u00a0872\u00a0kr (avrundat till hela kronor)');
    expect(upliftComment(uplift, '1980')).toBe('500\u00a0000\u00a0kr × 415,51 / 409,07 = 507\u00a0872\u00a0kr (KPI 1980=100, okt 2024 / okt 2023, avrundat till hela kronor)');
  });

  it('says so when the base is kept because amounts may not decrease', () => {
    const uplift = computeUplift(500000, '2015-11', 313.75, '2015-10', 314.29, 'krona', false);
    expect(uplift.result).toBe(500000);
    expect(describeUplift(uplift)).toContain('beloppet får inte sänkas och blir 500\u00a0000\u00a0kr');
  });

  it('formats index numbers with a decimal comma', () => {
    expect(formatKpi(415.51)).toBe('415,51');
    expect(formatKpi(280.9)).toBe('280,90');
  });
});
