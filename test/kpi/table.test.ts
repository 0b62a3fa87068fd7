// The bundled KPI table against SCB's published values, and the lookup API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstMonth, latestMonth, lookup, parseKpiTable, readKpiTable } from '../../src/kpi/table.js';
import { ROOT } from '../helpers/cli.js';

const table = readKpiTable(join(ROOT, 'data', 'kpi.json'));

/** SCB's published yearly averages of the fixed index numbers, 1980=100 (domain.md §6). */
const PUBLISHED_AVERAGES: Record<string, number> = { '2019': 334.26, '2020': 335.92, '2021': 343.19, '2022': 371.91, '2023': 403.7 };

function yearAverage(year: string): number {
  const months = Array.from({ length: 12 }, (_, i) => lookup(table, '1980', `${year}-${String(i + 1).padStart(2, '0')}`));
  expect(months.every((value) => value !== undefined)).toBe(true);
  return (months as number[]).reduce((a, b) => a + b, 0) / 12;
}

describe('data/kpi.json, KPI 1980=100', () => {
  it('has the fixed index numbers SCB published for October 2023 and October 2024', () => {
    expect(lookup(table, '1980', '2023-10')).toBe(409.07);
    expect(lookup(table, '1980', '2024-10')).toBe(415.51);
  });

  it.each(Object.entries(PUBLISHED_AVERAGES))('the twelve months of %s average to SCB’s yearly average %s', (year, published) => {
    const average = yearAverage(year);
    // SCB rounds the mean to two decimals; 2023's mean is exactly 403,705 and is published as 403,70,
    // so the test accepts a mean within half a hundredth of the published figure.
    expect(Math.abs(average - published)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Number(average.toFixed(2))).toBeCloseTo(published, 1);
  });

  it('agrees with every yearly average recorded in the file beside the monthly values', () => {
    for (const [year, published] of Object.entries(table.serier['1980'].årsmedel ?? {})) {
      expect(Math.abs(yearAverage(year) - published), year).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('covers every month from 2015-01 to its latest month without gaps', () => {
    const latest = latestMonth(table, '1980')!;
    expect(latest >= '2024-10').toBe(true);
    for (let year = 2015; year <= Number(latest.slice(0, 4)); year++) {
      for (let month = 1; month <= 12; month++) {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        if (key > latest) break;
        expect(lookup(table, '1980', key), key).toBeTypeOf('number');
      }
    }
    expect(firstMonth(table, '1980')! <= '2015-01').toBe(true);
  });

  it('records a source URL and a retrieval date for each series', () => {
    for (const serie of ['1980', '2020'] as const) {
      const sources = table.serier[serie].källor;
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(source.hämtad).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('returns undefined for a month that is not in the table', () => {
    expect(lookup(table, '1980', '2031-10')).toBeUndefined();
  });
});

describe('parseKpiTable', () => {
  it('rejects a file that is not a KPI table, in Swedish', () => {
    expect(() => parseKpiTable('{"serier": {}}', 'kpi.json')).toThrow(/serien 1980 saknas/);
    expect(() => parseKpiTable('nej', 'kpi.json')).toThrow(/inte giltig JSON/);
  });

  it('accepts the bundled file', () => {
    expect(() => parseKpiTable(readFileSync(join(ROOT, 'data', 'kpi.json'), 'utf8'), 'kpi.json')).not.toThrow();
  });
});
