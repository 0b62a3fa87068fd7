// The prose scanner that rules 5 and 6 rely on: every way Swedish documents write dates, ranges and amounts.
import { describe, expect, it } from 'vitest';
import { findAmounts, findDates, findRanges, findTermDates, toIso } from '../../src/text/facts.js';

const ranges = (text: string) => findRanges(text).map((r) => [r.start.iso, r.end.iso]);

describe('toIso', () => {
  it('reads ISO and long Swedish dates, and refuses dates that do not exist', () => {
    expect(toIso('2024-03-01')).toBe('2024-03-01');
    expect(toIso('1 mars 2024')).toBe('2024-03-01');
    expect(toIso('31 december 2025')).toBe('2025-12-31');
    expect(toIso('2024-02-30')).toBeUndefined();
    expect(toIso('30 februari 2024')).toBeUndefined();
    expect(toIso('1 mar 2024')).toBeUndefined();
  });
});

describe('findRanges', () => {
  it.each([
    ['Överenskommelsen gäller fr.o.m. 2024-03-01 t.o.m. 2025-03-31.', ['2024-03-01', '2025-03-31']],
    ['Denna överenskommelse gäller fr.om. 2024-03-01 t.o.m. 2025-03-31, och förlängs', ['2024-03-01', '2025-03-31']],
    ['från och med 2024-03-01 till och med 2025-12-31.', ['2024-03-01', '2025-12-31']],
    ['Bilaga 1 … Nordost 2024-01-01 t.o.m. 2025-03-31', ['2024-01-01', '2025-03-31']],
    ['perioden 2024-03-01 – 2025-03-31', ['2024-03-01', '2025-03-31']],
    ['perioden 2024-03-01 - 2025-03-31', ['2024-03-01', '2025-03-31']],
    ['från 1 mars 2024 till 31 mars 2025', ['2024-03-01', '2025-03-31']],
    ['1 mars 2024 – 31 mars 2025', ['2024-03-01', '2025-03-31']],
  ])('finds the range in "%s"', (text, expected) => {
    expect(ranges(text)).toEqual([expected]);
  });

  it('gives offsets that point at each date in the text', () => {
    const text = 'Avtalet gäller fr.o.m. 2024-03-01 t.o.m. 2025-03-31.';
    const [range] = findRanges(text);
    expect(text.slice(range!.start.offset, range!.start.offset + range!.start.length)).toBe('2024-03-01');
    expect(text.slice(range!.end.offset, range!.end.offset + range!.end.length)).toBe('2025-03-31');
  });

  it('finds no range in single dates or in the years of a title', () => {
    expect(ranges('2019-07-01 tecknades ett IOP-avtal. Den 15 december 2021 tecknades ett nytt.')).toEqual([]);
  });
});

describe('findTermDates', () => {
  it('reads "gäller fr.o.m. X" as a start and "gäller t.o.m. Y" as an end', () => {
    const facts = findTermDates('Överenskommelsen gäller fr.o.m. 2024-03-01. Bilagan gäller t.o.m. 2025-03-31.');
    expect(facts.map((f) => [f.bound, f.date.iso])).toEqual([
      ['start', '2024-03-01'],
      ['slut', '2025-03-31'],
    ]);
  });
});

describe('findDates', () => {
  it('finds every real date, ISO and long', () => {
    expect(findDates('Utfärdat 2024-01-08, beslut den 30 januari 2024, inte 2024-13-01.').map((d) => d.iso)).toEqual(['2024-01-08', '2024-01-30']);
  });
});

describe('findAmounts', () => {
  it.each([
    ['Total summa är 875 000 kr.', 875000],
    ['Total summa är 875\u00a0000\u00a0kr.', 875000],
    ['Göteborgs stad Socialförvaltningen Nordost 500 000 SKR', 500000],
    ['bidrar med 300 000 kronor per år', 300000],
    ['ersätts med 650 000:-', 650000],
    ['en ram på 875 tkr', 875000],
    ['totalt 1,2 mnkr', 1200000],
  ])('reads "%s" as %i kr', (text, value) => {
    expect(findAmounts(text).map((a) => a.value)).toEqual([value]);
  });

  it('does not read years, dates or organisationsnummer as amounts', () => {
    expect(findAmounts('Avtalet 2024-2025 med 802444-1100 gäller från 2024-03-01.')).toEqual([]);
  });
});
