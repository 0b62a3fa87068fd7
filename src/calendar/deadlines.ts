// Every date that matters in an agreement, computed in one place for rules, `iop deadlines` and the calendar.
import { groups, periodsOf } from '../data/access.js';
import type { IopData } from '../model.js';
import { addMonths, extendEnd } from './dates.js';

export type DeadlineKind = 'besked' | 'uppsägning' | 'slut' | 'rapport' | 'faktura' | 'möte' | 'start';

export interface Deadline {
  kind: DeadlineKind;
  date: string;
  /** Swedish summary, e.g. "Sista dag för besked om förlängning". */
  summary: string;
  /** JSON pointer to the data the date comes from. */
  path: string;
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

/** Last day to give notice so the agreement ends at the current end: `uppsägningstid` months before it. */
export function terminationNoticeDeadline(data: IopData): string | undefined {
  const months = data.avtalstid.uppsägningstid;
  const end = currentEnd(data);
  if (months === undefined || end === undefined) return undefined;
  return addMonths(end, -months);
}

/** How many more extensions the agreement allows (Infinity when unlimited, 0 when none). */
export function extensionsLeft(data: IopData): number {
  const terms = data.avtalstid.förlängning;
  if (!terms || terms.typ === 'ingen') return 0;
  if (terms.max === undefined) return Infinity;
  return Math.max(0, terms.max - (data.avtalstid.förlängningar ?? 0));
}

export function computeDeadlines(data: IopData): Deadline[] {
  const deadlines: Deadline[] = [];
  const end = currentEnd(data);
  const besked = extensionNoticeDeadline(data);
  if (besked && extensionsLeft(data) > 0) {
    deadlines.push({ kind: 'besked', date: besked, summary: 'Sista dag för ställningstagande om förlängning', path: '/avtalstid/förlängning/besked' });
  }
  const termination = terminationNoticeDeadline(data);
  if (termination) {
    deadlines.push({ kind: 'uppsägning', date: termination, summary: 'Sista dag för uppsägning till avtalstidens slut', path: '/avtalstid/uppsägningstid' });
  }
  if (end !== undefined) deadlines.push({ kind: 'slut', date: end, summary: 'Avtalstiden slutar', path: '/avtalstid/slut' });
  (data.uppföljning?.rapporter ?? []).forEach((rapport, index) => {
    if (rapport.förfaller) {
      deadlines.push({ kind: 'rapport', date: rapport.förfaller, summary: `${capitalize(rapport.namn)} ska lämnas`, path: `/uppföljning/rapporter/${index}/förfaller` });
    }
  });
  (data.fakturering?.fakturadatum ?? []).forEach((date, index) => {
    deadlines.push({ kind: 'faktura', date, summary: 'Fakturering', path: `/fakturering/fakturadatum/${index}` });
  });
  for (const { grupp, path } of groups(data)) {
    (grupp.möten ?? []).forEach((date, index) => {
      deadlines.push({ kind: 'möte', date, summary: `Möte: ${grupp.namn}`, path: `${path}/möten/${index}` });
    });
  }
  return deadlines.sort((a, b) => a.date.localeCompare(b.date));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
