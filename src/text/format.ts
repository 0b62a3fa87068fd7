// Swedish formatting of amounts, dates, numbers and lists, shared by the renderer and the rules.
import { isIsoDate, parseIso } from '../calendar/dates.js';

/** Non-breaking space: between thousands and before "kr", so an amount never breaks over lines. */
export const NBSP = '\u00a0';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const ONES = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

/** 875000 → "875 000" (grouped with non-breaking spaces; negative numbers with a minus sign). */
export function formatNumber(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return rounded < 0 ? `\u2212${digits}` : digits;
}

/** 875000 → "875 000 kr". */
export function formatBelopp(value: number): string {
  return `${formatNumber(value)}${NBSP}kr`;
}

/** "2024-03-01" → "2024-03-01" (iso) or "1 mars 2024" (lång). Text that is not a date is returned as is. */
export function formatDatum(iso: string, form: 'iso' | 'lång' = 'iso'): string {
  if (form === 'iso' || !isIsoDate(iso)) return iso;
  const date = parseIso(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "fr.o.m. 2024-03-01 t.o.m. 2025-03-31". */
/** "fr.o.m. X t.o.m. Y"; without an end (an agreement that runs until further notice) only "fr.o.m. X". */
export function formatPeriod(start: string, slut: string | undefined, form: 'iso' | 'lång' = 'iso'): string {
  if (slut === undefined) return `fr.o.m.${NBSP}${formatDatum(start, form)}`;
  return `fr.o.m.${NBSP}${formatDatum(start, form)} t.o.m.${NBSP}${formatDatum(slut, form)}`;
}

/** 5 → "fem"; 21 → "tjugoen"; numbers above 99 are written with digits. */
export function numberWord(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 99) return formatNumber(value);
  if (value < 20) return ONES[value] ?? String(value);
  const ones = value % 10;
  return (TENS[Math.floor(value / 10)] ?? '') + (ones === 0 ? '' : ONES[ones]);
}

/** 5 → "fem (5)", the way legal text writes numbers. */
export function formatTal(value: number): string {
  return `${numberWord(value)} (${formatNumber(value)})`;
}

/** ["A", "B", "C"] → "A, B och C" (no serial comma). */
export function formatLista(items: readonly string[], conjunction = 'och'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "8024441100" or "168024441100" → "802444-1100"; other text is returned unchanged. */
/** "8024441100" → "802444-1100"; a number the agreement does not state prints as a dash. */
export function formatOrgnr(text: string | undefined): string {
  if (text === undefined) return '–';
  const digits = text.replace(/[\s-]/g, '');
  const ten = /^16\d{10}$/.test(digits) ? digits.slice(2) : digits;
  return /^\d{10}$/.test(ten) ? `${ten.slice(0, 6)}-${ten.slice(6)}` : text;
}

/** 3 → "3 månader", 1 → "1 månad". */
export function formatManader(months: number): string {
  return `${months}${NBSP}${months === 1 ? 'månad' : 'månader'}`;
}
