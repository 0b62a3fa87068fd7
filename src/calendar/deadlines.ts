// Every date that matters over the whole life of an agreement, computed in one place for rules,
// `iop deadlines` and the calendar.
import { groups, periodsOf } from '../data/access.js';
import type { IopData } from '../model.js';
import { addMonths, extendEnd, formatIso } from './dates.js';
import { todayIso } from './today.js';

export type DeadlineKind = 'besked' | 'uppsägning' | 'slut' | 'rapport' | 'tidsfrist' | 'faktura' | 'möte' | 'start';

export interface Deadline {
  kind: DeadlineKind;
  date: string;
  /** Swedish summary, e.g. "Sista dag för besked om förlängning (perioden till 2026-03-31)". */
  summary: string;
  /** JSON pointer to the data the date comes from. */
  path: string;
  /**
   * The day the deadline is for, when it is a notice: the end of the period that notice about
   * extension concerns, or the first day of the year that a notice of termination takes effect.
   */
  avser?: string;
  /** True when the date lies before today. */
  passerad?: boolean;
}

export interface DeadlineOptions {
  /** Today (ISO): marks past deadlines and places the horizon. Default: the system date. */
  today?: string;
}

/**
 * How far ahead an agreement without a last possible end (unlimited automatic renewal, or one that
 * runs until further notice) is projected: this many years from today.
 */
export const HORIZON_YEARS = 10;

export function horizonFrom(today: string): string {
  return addMonths(today, HORIZON_YEARS * 12);
}

/**
 * The current term: the original end moved by the extensions already made. When finansiering lists
 * one extension period per extension made, the last one's end is the agreed end (it may differ from
 * the standard length, e.g. after `iop extend --till`).
 */
export function currentEnd(data: IopData): string | undefined {
  const slut = data.avtalstid.slut;
  if (slut === undefined) return undefined;
  const done = data.avtalstid.förlängningar ?? 0;
  if (done === 0) return slut;
  const extensions = periodsOf(data).filter((period) => period.förlängning === true);
  if (extensions.length === done) return extensions.map((period) => period.slut).sort()[done - 1]!;
  const length = data.avtalstid.förlängning?.längd ?? 12;
  return extendEnd(slut, done * length);
}

/** Last day to decide on or give notice about extension: `besked` months before the current end. */
export function extensionNoticeDeadline(data: IopData): string | undefined {
  const besked = data.avtalstid.förlängning?.besked;
  const end = currentEnd(data);
  if (besked === undefined || end === undefined) return undefined;
  return addMonths(end, -besked);
}

/** How many more extensions the agreement allows (Infinity when unlimited, 0 when none). */
export function extensionsLeft(data: IopData): number {
  const terms = data.avtalstid.förlängning;
  if (!terms || terms.typ === 'ingen') return 0;
  if (terms.max === undefined) return Infinity;
  return Math.max(0, terms.max - (data.avtalstid.förlängningar ?? 0));
}

/**
 * The ends the agreement can reach from its current end, in order: the current end, then the end
 * after each further extension the agreement allows (up to förlängning.max and längst_till), or,
 * when extensions are unlimited, up to `horizon`. Empty when the term has no end date.
 */
export function possibleEnds(data: IopData, horizon: string): string[] {
  const end = currentEnd(data);
  if (end === undefined) return [];
  const ends = [end];
  const left = extensionsLeft(data);
  const length = data.avtalstid.förlängning?.längd ?? 12;
  const cap = data.avtalstid.längst_till;
  for (let k = 1; k <= left; k++) {
    const next = extendEnd(end, k * length);
    if (cap !== undefined && next > cap) {
      // The last extension may run only to the agreement's last day.
      if (ends[ends.length - 1]! < cap) ends.push(cap);
      break;
    }
    if (left === Infinity && next > horizon) break;
    ends.push(next);
  }
  return ends;
}

/** The latest day the agreement can run; undefined when open-ended (unlimited renewal, tills vidare). */
export function latestPossibleEnd(data: IopData): string | undefined {
  if (data.avtalstid.längst_till !== undefined) return data.avtalstid.längst_till;
  if (currentEnd(data) === undefined || extensionsLeft(data) === Infinity) return undefined;
  const ends = possibleEnds(data, '9999-12-31');
  return ends[ends.length - 1];
}

/** The end of the period running on `today`: for automatic renewal, the renewal running then. */
export function runningEnd(data: IopData, today: string): string | undefined {
  const end = currentEnd(data);
  if (end === undefined || data.avtalstid.förlängning?.typ !== 'automatisk') return end;
  return possibleEnds(data, horizonFrom(today)).find((candidate) => candidate >= today) ?? end;
}

/** The last day the calendar covers: the latest possible end, or the horizon for an open-ended agreement. */
function lifeEnd(data: IopData, horizon: string): string {
  const latest = latestPossibleEnd(data);
  return latest !== undefined && latest < horizon ? latest : horizon;
}

/** Each date MM-DD in the years from `from` to `to` that lies within them. */
function yearly(monthDay: string, from: string, to: string): string[] {
  const dates: string[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const date = `${year}-${monthDay}`;
    // 02-29 in a year without it is the last day of February.
    const real = formatIso(new Date(Date.UTC(year, Number(monthDay.slice(0, 2)) - 1, Number(monthDay.slice(3, 5))))) === date ? date : `${year}-02-28`;
    if (real >= from && real <= to) dates.push(real);
  }
  return dates;
}

function extensionDeadlines(data: IopData, horizon: string): Deadline[] {
  const terms = data.avtalstid.förlängning;
  const besked = terms?.besked;
  if (!terms || besked === undefined) return [];
  const ends = possibleEnds(data, horizon);
  const about = terms.besked_avser ?? 'förlängning';
  // A deadline for each period after which another extension is possible: every end but the
  // latest possible one (an open-ended series, cut at the horizon, has no latest one).
  const open = extensionsLeft(data) === Infinity && data.avtalstid.längst_till === undefined;
  return (open ? ends : ends.slice(0, -1)).map((end) => ({
    kind: 'besked' as const,
    date: addMonths(end, -besked),
    summary: `Sista dag för ställningstagande om ${about} (perioden till ${end})`,
    path: '/avtalstid/förlängning/besked',
    avser: end,
  }));
}

function endDeadlines(data: IopData): Deadline[] {
  const out: Deadline[] = [];
  const end = currentEnd(data);
  if (end !== undefined) out.push({ kind: 'slut', date: end, summary: 'Avtalstiden slutar', path: '/avtalstid/slut' });
  const latest = latestPossibleEnd(data);
  if (latest !== undefined && latest !== end) {
    const path = data.avtalstid.längst_till !== undefined ? '/avtalstid/längst_till' : '/avtalstid/förlängning/max';
    out.push({ kind: 'slut', date: latest, summary: 'Avtalstiden slutar senast (efter alla förlängningar)', path });
  }
  return out;
}

/** Notice before each verksamhetsår (open-ended agreements) and a single party leaving at a yearly boundary. */
function terminationDeadlines(data: IopData, horizon: string): Deadline[] {
  const out: Deadline[] = [];
  const uppsägning = data.avtalstid.uppsägning;
  if (!uppsägning) return out;
  const { start } = data.avtalstid;
  const last = lifeEnd(data, horizon);
  const yearStart = uppsägning.verksamhetsår_börjar ?? '01-01';
  const before = uppsägning.före_verksamhetsår;
  if (before !== undefined) {
    for (const year of yearly(yearStart, start, last)) {
      if (year <= start) continue;
      out.push({ kind: 'uppsägning', date: addMonths(year, -before), summary: `Sista dag för uppsägning före verksamhetsåret som börjar ${year}`, path: '/avtalstid/uppsägning/före_verksamhetsår', avser: year });
    }
  }
  const alone = uppsägning.enskild_part;
  if (alone?.besked !== undefined) {
    const boundary = alone.vid === 'verksamhetsår' ? yearStart : alone.vid === 'avtalsår' ? start.slice(5) : '01-01';
    for (const day of yearly(boundary, start, last)) {
      if (day <= start) continue;
      out.push({ kind: 'uppsägning', date: addMonths(day, -alone.besked), summary: `Sista dag för en part att lämna partnerskapet från ${day}`, path: '/avtalstid/uppsägning/enskild_part/besked', avser: day });
    }
  }
  return out;
}

function reportDeadlines(data: IopData, horizon: string): Deadline[] {
  const out: Deadline[] = [];
  const { start } = data.avtalstid;
  const last = lifeEnd(data, horizon);
  (data.uppföljning?.rapporter ?? []).forEach((rapport, index) => {
    const summary = `${capitalize(rapport.namn)} ska lämnas`;
    if (rapport.förfaller) out.push({ kind: 'rapport', date: rapport.förfaller, summary, path: `/uppföljning/rapporter/${index}/förfaller` });
    if (rapport.årligen) for (const date of yearly(rapport.årligen, start, last)) out.push({ kind: 'rapport', date, summary, path: `/uppföljning/rapporter/${index}/årligen` });
  });
  (data.tidsfrister ?? []).forEach((frist, index) => {
    const summary = capitalize(frist.namn);
    if (frist.datum) out.push({ kind: 'tidsfrist', date: frist.datum, summary, path: `/tidsfrister/${index}/datum` });
    if (frist.årligen) for (const date of yearly(frist.årligen, start, last)) out.push({ kind: 'tidsfrist', date, summary, path: `/tidsfrister/${index}/årligen` });
  });
  return out;
}

/**
 * Every deadline of the agreement's life. Early termination (avtalstid.uppsägningstid, "i förtid")
 * can happen on any day and is no deadline.
 */
export function computeDeadlines(data: IopData, options: DeadlineOptions = {}): Deadline[] {
  const today = options.today ?? todayIso();
  const horizon = horizonFrom(today);
  const deadlines: Deadline[] = [...extensionDeadlines(data, horizon), ...endDeadlines(data), ...terminationDeadlines(data, horizon), ...reportDeadlines(data, horizon)];
  (data.fakturering?.fakturadatum ?? []).forEach((date, index) => {
    deadlines.push({ kind: 'faktura', date, summary: 'Fakturering', path: `/fakturering/fakturadatum/${index}` });
  });
  for (const { grupp, path } of groups(data)) {
    (grupp.möten ?? []).forEach((date, index) => {
      deadlines.push({ kind: 'möte', date, summary: `Möte: ${grupp.namn}`, path: `${path}/möten/${index}` });
    });
  }
  for (const deadline of deadlines) if (deadline.date < today) deadline.passerad = true;
  return deadlines.sort((a, b) => compareDates(a.date, b.date) || a.path.localeCompare(b.path));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * a.localeCompare(b) for dates. Two ISO dates collate as their characters compare (digits in
 * order, the hyphens in the same places), so they are compared without asking the collator.
 */
function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  if (ISO_DATE.test(a) && ISO_DATE.test(b)) return a < b ? -1 : 1;
  return a.localeCompare(b);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
