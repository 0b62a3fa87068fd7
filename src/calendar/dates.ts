// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day.

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return formatIso(parseIso(text)) === text;
}

export function parseIso(text: string): Date {
  // The usual YYYY-MM-DD is read digit by digit; anything else as the parts between hyphens.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return new Date(Date.UTC(y, m - 1, d));
  }
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/** The number written by the digits from `start` to `end`, or -1 when another character stands there. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function formatIso(date: Date): string {
  // As toISOString().slice(0, 10), which writes years 0–9999 with four digits (and throws for an invalid date).
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(iso: string, days: number): string {
  const date = parseIso(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return formatIso(date);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds (or subtracts) whole months; a day past the target month's end becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const date = parseIso(iso);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(targetYear, targetMonth));
  return formatIso(new Date(Date.UTC(targetYear, targetMonth, day)));
}

/** The last day of a term that starts the day after `end` and runs `months` months. */
export function extendEnd(end: string, months: number): string {
  return addDays(addMonths(addDays(end, 1), months), -1);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIso(to).getTime() - parseIso(from).getTime()) / 86_400_000);
}

/** Whole months from `start` to the day after `end` (2024-03-01 – 2025-03-31 is 13). */
export function monthsInTerm(start: string, end: string): number {
  const a = parseIso(start);
  const b = parseIso(addDays(end, 1));
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + (b.getUTCDate() >= a.getUTCDate() ? 0 : -1);
}
