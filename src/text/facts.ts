// Finds the facts prose states — dates, date ranges, amounts — with their offsets, so rules can
// compare them with the data. Template expressions ({{…}}) should be masked before scanning.
import { isIsoDate } from '../calendar/dates.js';
import { allMatches } from './matches.js';

export interface DateFact {
  iso: string;
  offset: number;
  length: number;
}

export interface RangeFact {
  start: DateFact;
  end: DateFact;
  offset: number;
  length: number;
}

/** A single date written as the agreement's start or end: "gäller fr.o.m. 2024-03-01". */
export interface TermDateFact {
  date: DateFact;
  bound: 'start' | 'slut';
  offset: number;
  length: number;
}

export interface AmountFact {
  /** In kronor. */
  value: number;
  offset: number;
  length: number;
  text: string;
  /** Set when the amount is a price per unit other than time ("1 600 kr per kvadratmeter"): the unit. */
  perUnit?: string;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const ISO = String.raw`\d{4}-\d{2}-\d{2}`;
const LONG = String.raw`\d{1,2}\s+(?:${MONTHS.join('|')})\s+\d{4}`;
const DATE = String.raw`(?<![\d-])(?:${ISO}|${LONG})(?![\d])`;
const FROM = String.raw`(?:fr\.\s?o\.?\s?m\.?|fr\.\s?om\.?|från\s+och\s+med|från)`;
const TO = String.raw`(?:t\.\s?o\.?\s?m\.?|till\s+och\s+med|till)`;
const DASH = String.raw`[–—‐-]`;

const DATE_PATTERN = new RegExp(DATE, 'gi');
const RANGE_PATTERN = new RegExp(String.raw`(?:\b${FROM}\s*)?(${DATE})\s*,?\s*(?:${TO}(?=[\s\d])\s*|${DASH}\s*)(${DATE})`, 'gi');
const TERM_PATTERN = new RegExp(String.raw`\bgäller\s+(?:(${FROM})|(${TO}))\s*(${DATE})`, 'gi');

/** "2024-03-01" or "1 mars 2024" → ISO, or undefined when it is no real date. */
export function toIso(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return isIsoDate(trimmed) ? trimmed : undefined;
  const long = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(trimmed);
  if (!long) return undefined;
  const month = MONTHS.indexOf((long[2] ?? '').toLowerCase());
  if (month < 0) return undefined;
  const iso = `${long[3]}-${String(month + 1).padStart(2, '0')}-${(long[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function dateFact(text: string, offset: number): DateFact | undefined {
  const iso = toIso(text);
  return iso ? { iso, offset, length: text.length } : undefined;
}

/** Every date, ISO or long form. */
export function findDates(text: string): DateFact[] {
  const facts: DateFact[] = [];
  for (const match of allMatches(text, DATE_PATTERN)) {
    const fact = dateFact(match[0], match.index);
    if (fact) facts.push(fact);
  }
  return facts;
}

/** Every range with a start and an end: "fr.o.m. X t.o.m. Y", "X – Y", "från och med X till och med Y". */
export function findRanges(text: string): RangeFact[] {
  const facts: RangeFact[] = [];
  RANGE_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = RANGE_PATTERN.exec(text)) !== null) {
    const [whole, startText = '', endText = ''] = match;
    const startOffset = match.index + whole.indexOf(startText);
    const endOffset = match.index + whole.lastIndexOf(endText);
    const start = dateFact(startText, startOffset);
    const end = dateFact(endText, endOffset);
    if (start && end) facts.push({ start, end, offset: match.index, length: whole.length });
    // Let the end date start a new range ("X – Y – Z" is unusual, but never skip a date).
    RANGE_PATTERN.lastIndex = endOffset;
    if (RANGE_PATTERN.lastIndex <= match.index) RANGE_PATTERN.lastIndex = match.index + 1;
    if (start && end) RANGE_PATTERN.lastIndex = endOffset + endText.length;
  }
  return facts;
}

/** Single dates written as the term's start or end ("gäller fr.o.m. X") that are not part of a range. */
export function findTermDates(text: string, ranges: RangeFact[] = findRanges(text)): TermDateFact[] {
  const facts: TermDateFact[] = [];
  for (const match of allMatches(text, TERM_PATTERN)) {
    const dateText = match[3] ?? '';
    const offset = match.index + match[0].lastIndexOf(dateText);
    if (ranges.some((range) => offset >= range.offset && offset < range.offset + range.length)) continue;
    const date = dateFact(dateText, offset);
    if (date) facts.push({ date, bound: match[1] !== undefined ? 'start' : 'slut', offset: match.index, length: match[0].length });
  }
  return facts;
}

const NUMBER = String.raw`(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d{1,3}))?`;
const UNIT = String.raw`(?:\s*(miljoner\s+kronor|miljon\s+kronor|tusen\s+kronor|mnkr|mkr|msek|tkr|kronor|kr|skr|sek)(?![\p{L}\d])\.?|(:-))`;
const AMOUNT_PATTERN = new RegExp(NUMBER + UNIT, 'giu');

const MULTIPLIER: Record<string, number> = {
  'miljoner kronor': 1_000_000,
  'miljon kronor': 1_000_000,
  'tusen kronor': 1_000,
  mnkr: 1_000_000,
  mkr: 1_000_000,
  msek: 1_000_000,
  tkr: 1_000,
};

/** Units that make an amount a sum over time ("500 000 kr per år"), not a price per unit. */
const TIME_UNITS = new Set(['år', 'året', 'halvår', 'halvåret', 'kvartal', 'kvartalet', 'månad', 'månaden', 'period', 'perioden', 'avtalsperiod', 'avtalsperioden', 'avtalsår', 'avtalsåret', 'verksamhetsår', 'verksamhetsåret', 'termin', 'terminen']);
const PER_UNIT = /^\s*(?:per|\/|à|för\s+varje)\s*([\p{L}²]+)/u;

/** Every amount in kronor: "875 000 kr", "875 000 SKR", "650 000:-", "875 tkr", "1,2 mnkr". */
export function findAmounts(text: string): AmountFact[] {
  const facts: AmountFact[] = [];
  for (const match of allMatches(text, AMOUNT_PATTERN)) {
    const whole = (match[1] ?? '').replace(/[ \u00a0\u202f.]/g, '');
    const fraction = match[2] ?? '';
    const unit = (match[3] ?? match[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const number = Number(fraction ? `${whole}.${fraction}` : whole);
    const value = Math.round(number * (MULTIPLIER[unit] ?? 1));
    const textOf = match[0].replace(/\.$/, '');
    const fact: AmountFact = { value, offset: match.index, length: textOf.length, text: textOf };
    const unitMatch = PER_UNIT.exec(text.slice(match.index + match[0].length));
    if (unitMatch && !TIME_UNITS.has((unitMatch[1] ?? '').toLowerCase())) fact.perUnit = unitMatch[1];
    facts.push(fact);
  }
  return facts;
}
