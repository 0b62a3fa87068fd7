import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatIso, isIsoDate, parseIso } from '../../src/calendar/dates.js';

describe('ISO dates', () => {
  it('reads and writes a date as the day it names, in UTC', () => {
    expect(formatIso(parseIso('2024-03-01'))).toBe('2024-03-01');
    expect(parseIso('2024-03-01').getTime()).toBe(Date.UTC(2024, 2, 1));
    expect(formatIso(parseIso('0999-12-31'))).toBe('0999-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('rolls an impossible day over, so that it is no date', () => {
    expect(formatIso(parseIso('2025-02-30'))).toBe('2025-03-02');
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('reads other forms by their parts, as Date.UTC does (a two-digit year is in the 1900s)', () => {
    expect(formatIso(parseIso('2024-3-1'))).toBe('2024-03-01');
    expect(formatIso(parseIso('0024-03-01'))).toBe('1924-03-01');
    expect(Number.isNaN(parseIso('ÅÅÅÅ-MM-DD').getTime())).toBe(true);
  });

  it('writes years outside 0–9999 as toISOString does and refuses an invalid date', () => {
    expect(formatIso(new Date(Date.UTC(12345, 0, 1)))).toBe('+012345-01');
    expect(() => formatIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
