// Which dates may legitimately stand as a period's start or end in prose.
import { periodsOf } from '../../data/access.js';
import type { IopData } from '../../model.js';
import { currentEnd } from '../../calendar/deadlines.js';
import { extendEnd } from '../../calendar/dates.js';

export interface TermBounds {
  starts: Set<string>;
  ends: Set<string>;
  /** The earliest and latest day the agreement can run, extensions included. */
  first: string;
  last: string;
}

/** How many extensions prose may reasonably speak of: those made plus those still allowed (at most 10). */
function extensionCount(data: IopData): number {
  const terms = data.avtalstid.förlängning;
  if (!terms || terms.typ === 'ingen') return data.avtalstid.förlängningar ?? 0;
  return Math.min(10, terms.max ?? Math.max(3, (data.avtalstid.förlängningar ?? 0) + 1));
}

/**
 * Accepted starts: the term's start and every finansiering period's start (and extra ones, e.g. a
 * bilaga's own period). Accepted ends: the term's end, the current end after extensions, the end
 * after each possible extension and every period's end.
 */
/** Stands for the end of an agreement that runs until further notice (tills vidare) in date comparisons. */
export const OPEN_END = '9999-12-31';

export function termBounds(data: IopData, extra: { start?: string; slut?: string }[] = []): TermBounds {
  const { start } = data.avtalstid;
  const slut = data.avtalstid.slut ?? OPEN_END;
  const starts = new Set([start]);
  const ends = new Set([slut, currentEnd(data) ?? OPEN_END]);
  const length = data.avtalstid.förlängning?.längd ?? 12;
  if (slut !== OPEN_END) for (let k = 1; k <= extensionCount(data); k++) ends.add(extendEnd(slut, k * length));
  for (const period of periodsOf(data)) {
    starts.add(period.start);
    ends.add(period.slut);
  }
  for (const period of extra) {
    if (period.start) starts.add(period.start);
    if (period.slut) ends.add(period.slut);
  }
  const all = [...starts, ...ends].sort();
  return { starts, ends, first: [start, ...starts].sort()[0] ?? start, last: all[all.length - 1] ?? slut };
}

/** Upper bound for dates inside the agreement: the current end or the last extension period's end. */
export function latestEnd(data: IopData): string {
  const ends = [currentEnd(data) ?? OPEN_END, ...periodsOf(data).map((period) => period.slut)].sort();
  return ends[ends.length - 1] ?? OPEN_END;
}
