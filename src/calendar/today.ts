// The day iop counts deadlines, KPI months and new ärenden from: IOP_IDAG when it is set, so that an
// archive's CI run or a test suite gives the same answer every day, otherwise today's date (UTC).
// This is the one place in iop that reads the clock for a date.
import { IopError } from '../errors.js';
import { isIsoDate } from './dates.js';

export const TODAY_VARIABLE = 'IOP_IDAG';

export function todayIso(env: NodeJS.ProcessEnv = process.env): string {
  const pinned = env[TODAY_VARIABLE]?.trim();
  if (pinned) {
    if (!isIsoDate(pinned)) throw new IopError(`${TODAY_VARIABLE} ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '${pinned}'.`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

/** The day given with --idag, checked, or else todayIso(). */
export function dayFrom(idag: string | undefined): string {
  if (idag === undefined) return todayIso();
  if (!isIsoDate(idag)) throw new IopError(`--idag ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '${idag}'.`);
  return idag;
}
