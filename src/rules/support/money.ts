// The money in finansiering: amounts per period, what counts in a total, and every amount the data knows.
import { amountIn, contributionsOf, periodsOf } from '../../data/access.js';
import type { Bidrag, IopData, Period } from '../../model.js';
import { partName } from './parties.js';

export function originalPeriods(data: IopData): Period[] {
  return periodsOf(data).filter((period) => period.förlängning !== true);
}

/** JSON pointer of a contribution's amount in a period. */
export function amountPath(index: number, bidrag: Bidrag, period: Period): string {
  return typeof bidrag.belopp === 'object' ? `/finansiering/bidrag/${index}/belopp/${period.id}` : `/finansiering/bidrag/${index}/belopp`;
}

/** Money counts unless excluded; a valued in-kind contribution only when explicitly included. */
export function countsInTotal(bidrag: Bidrag): boolean {
  if (bidrag.slag === 'pengar') return bidrag.ingår_i_totalt !== false;
  if (bidrag.slag === 'värderad-insats') return bidrag.ingår_i_totalt === true;
  return false;
}

export interface Part {
  value: number;
  path: string;
}

/** The amounts that make up a period's total, in the order of the contributions. */
export function periodParts(data: IopData, period: Period): Part[] {
  const parts: Part[] = [];
  contributionsOf(data).forEach((bidrag, index) => {
    if (!countsInTotal(bidrag)) return;
    const value = amountIn(bidrag, period);
    if (value !== undefined) parts.push({ value, path: amountPath(index, bidrag, period) });
  });
  return parts;
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export interface KnownAmount {
  value: number;
  path: string;
  /** Swedish description, e.g. "finansiering.totalt" or "bidraget från Familjebostäder (2024)". */
  label: string;
}

/** Every amount the data states: each contribution per period, each period total, the total and per_år. */
export function knownAmounts(data: IopData): KnownAmount[] {
  const known: KnownAmount[] = [];
  const finansiering = data.finansiering ?? {};
  if (finansiering.totalt !== undefined) known.push({ value: finansiering.totalt, path: '/finansiering/totalt', label: 'totalen för avtalstiden' });
  if (finansiering.per_år !== undefined) known.push({ value: finansiering.per_år, path: '/finansiering/per_år', label: 'summan per år' });
  periodsOf(data).forEach((period, index) => {
    if (period.totalt !== undefined) known.push({ value: period.totalt, path: `/finansiering/perioder/${index}/totalt`, label: `totalen för perioden ${period.id}` });
  });
  contributionsOf(data).forEach((bidrag, index) => {
    // One amount for every period is known even where the agreement states no periods ("500 000 kr per år").
    if (typeof bidrag.belopp === 'number' && periodsOf(data).length === 0) {
      known.push({ value: bidrag.belopp, path: `/finansiering/bidrag/${index}/belopp`, label: `bidraget från ${partName(data, bidrag.part)}` });
      return;
    }
    for (const period of periodsOf(data)) {
      const value = amountIn(bidrag, period);
      if (value === undefined) continue;
      known.push({ value, path: amountPath(index, bidrag, period), label: `bidraget från ${partName(data, bidrag.part)} för perioden ${period.id}` });
    }
  });
  return known;
}

/** The known amount nearest to `value`. */
export function nearestAmount(known: KnownAmount[], value: number): KnownAmount | undefined {
  let best: KnownAmount | undefined;
  for (const candidate of known) {
    if (!best || Math.abs(candidate.value - value) < Math.abs(best.value - value)) best = candidate;
  }
  return best;
}
