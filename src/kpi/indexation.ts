// Which amounts of an agreement are KPI-indexed on extension, and what each should be.
import { contributionsOf, periodsOf } from '../data/access.js';
import type { Bidrag, IopData, Period } from '../model.js';
import { computeUplift, referenceMonth, type Rounding, type RoundingDirection, type Uplift } from './uplift.js';
import type { KpiSerie } from './table.js';
import { kpiValue, type KpiTables } from './tables.js';

export interface IndexationTerms {
  serie: KpiSerie;
  referensmånad: number;
  rounding: Rounding;
  mayDecrease: boolean;
  /** Percent of the index change (indexering.andel), 100 when not stated. */
  share: number;
  direction: RoundingDirection;
  basePeriod: Period;
  baseMonth: string;
}

/** True when the agreement says its amounts follow KPI on extension. */
export function indexationApplies(data: IopData): boolean {
  return data.avtalstid.förlängning?.kpi === true || data.indexering !== undefined;
}

export type TermsResult =
  | { ok: true; terms: IndexationTerms }
  | { ok: false; reason: 'ingen-indexering' | 'okänd-basperiod' | 'ingen-basperiod' | 'ofullständig' };

export function indexationTerms(data: IopData): TermsResult {
  const indexering = data.indexering;
  if (!indexering) return { ok: false, reason: 'ingen-indexering' };
  const { serie, referensmånad } = indexering;
  if (serie === undefined || referensmånad === undefined) return { ok: false, reason: 'ofullständig' };
  const periods = periodsOf(data);
  const basePeriod = indexering.basperiod !== undefined ? periods.find((p) => p.id === indexering.basperiod) : periods.find((p) => !p.förlängning);
  if (!basePeriod) return { ok: false, reason: indexering.basperiod !== undefined ? 'okänd-basperiod' : 'ingen-basperiod' };
  return {
    ok: true,
    terms: {
      serie,
      referensmånad,
      rounding: indexering.avrundning ?? 'krona',
      mayDecrease: indexering.får_sänkas ?? false,
      share: indexering.andel ?? 100,
      direction: indexering.avrunda ?? 'närmaste',
      basePeriod,
      baseMonth: indexering.basmånad ?? referenceMonth(basePeriod.start, referensmånad),
    },
  };
}

export type UpliftResult = { ok: true; uplift: Uplift } | { ok: false; missingMonth: string };

/** The uplifted amount for a period starting on `start`, or the KPI month the tables lack. */
export function upliftFor(terms: IndexationTerms, tables: KpiTables, base: number, start: string): UpliftResult {
  const monthNew = referenceMonth(start, terms.referensmånad);
  const kpiBase = kpiValue(tables, terms.serie, terms.baseMonth);
  if (kpiBase === undefined) return { ok: false, missingMonth: terms.baseMonth };
  const kpiNew = kpiValue(tables, terms.serie, monthNew);
  if (kpiNew === undefined) return { ok: false, missingMonth: monthNew };
  const uplift = computeUplift(base, monthNew, kpiNew.value, terms.baseMonth, kpiBase.value, terms.rounding, terms.mayDecrease, terms.share, terms.direction);
  return { ok: true, uplift: { ...uplift, sources: { new: kpiNew, base: kpiBase } } };
}

/** The amount a contribution states for a period (a plain number applies to every period). */
export function amountFor(bidrag: Bidrag, periodId: string): number | undefined {
  if (typeof bidrag.belopp === 'number') return bidrag.belopp;
  return bidrag.belopp?.[periodId];
}

export function amountPath(bidragIndex: number, bidrag: Bidrag, periodId: string): string {
  const base = `/finansiering/bidrag/${bidragIndex}/belopp`;
  return typeof bidrag.belopp === 'number' ? base : `${base}/${periodId.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** Contributions that are indexed: money with an amount. */
export function indexedContributions(data: IopData): Array<{ bidrag: Bidrag; index: number }> {
  return contributionsOf(data).map((bidrag, index) => ({ bidrag, index })).filter(({ bidrag }) => bidrag.slag === 'pengar' && bidrag.belopp !== undefined);
}

export function extensionPeriods(data: IopData): Period[] {
  return periodsOf(data).filter((period) => period.förlängning === true);
}
