// The KPI uplift: new amount = base × KPI(new month) / KPI(base month), rounded as the agreement says.
import { formatBelopp } from '../text/format.js';
import { originText, type KpiSourceRef } from './tables.js';

export type Rounding = 'krona' | 'hundra' | 'tusen';

const UNIT: Record<Rounding, bigint> = { krona: 1n, hundra: 100n, tusen: 1000n };

export const ROUNDING_TEXT: Record<Rounding, string> = {
  krona: 'avrundat till hela kronor',
  hundra: 'avrundat till hela hundratal kronor',
  tusen: 'avrundat till hela tusental kronor',
};

/** KPI numbers have two decimals; as hundredths they are exact integers. */
function hundredths(value: number): bigint {
  return BigInt(Math.round(value * 100));
}

/**
 * base × kpiNew / kpiBase, rounded half up to the unit, computed exactly in integers so that a
 * result that lies on .5 is not moved by floating point. Never below base unless mayDecrease.
 */
export function upliftAmount(base: number, kpiNew: number, kpiBase: number, rounding: Rounding = 'krona', mayDecrease = false): number {
  if (!Number.isInteger(base) || base < 0) throw new RangeError(`base must be a whole, non-negative amount: ${base}`);
  if (kpiBase <= 0 || kpiNew <= 0) throw new RangeError('KPI values must be positive');
  const unit = UNIT[rounding];
  const numerator = BigInt(base) * hundredths(kpiNew);
  const denominator = hundredths(kpiBase) * unit;
  // Round half up: floor((2n + d) / 2d) for non-negative n.
  const units = (2n * numerator + denominator) / (2n * denominator);
  const result = Number(units * unit);
  return mayDecrease ? result : Math.max(base, result);
}

/** 415.51 → "415,51" (Swedish decimal comma, always two decimals). */
export function formatKpi(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

const MONTHS_SHORT = ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "2024-10" → "okt 2024". */
export function formatKpiMonth(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS_SHORT[Number(m) - 1] ?? m} ${year}`;
}

/** The KPI month for a period that starts on `start`: `referensmånad` of the year before. */
export function referenceMonth(start: string, referensmånad: number): string {
  const year = Number(start.slice(0, 4)) - 1;
  return `${year}-${String(referensmånad).padStart(2, '0')}`;
}

export interface Uplift {
  base: number;
  kpiNew: number;
  kpiBase: number;
  monthNew: string;
  monthBase: string;
  rounding: Rounding;
  mayDecrease: boolean;
  result: number;
  /** The unrounded product never reached the base and the base was kept. */
  keptBase: boolean;
  /** Which table each KPI number came from (set when the numbers were looked up in tables). */
  sources?: { new: KpiSourceRef; base: KpiSourceRef };
}

export function computeUplift(base: number, monthNew: string, kpiNew: number, monthBase: string, kpiBase: number, rounding: Rounding, mayDecrease: boolean): Uplift {
  const result = upliftAmount(base, kpiNew, kpiBase, rounding, mayDecrease);
  const raw = upliftAmount(base, kpiNew, kpiBase, rounding, true);
  return { base, kpiNew, kpiBase, monthNew, monthBase, rounding, mayDecrease, result, keptBase: !mayDecrease && raw < base };
}

/** "500 000 kr × 415,51 / 409,07 = 507 872 kr" (the rounded, not yet floored, result). */
export function upliftFormula(uplift: Uplift): string {
  const raw = upliftAmount(uplift.base, uplift.kpiNew, uplift.kpiBase, uplift.rounding, true);
  return `${formatBelopp(uplift.base)} × ${formatKpi(uplift.kpiNew)} / ${formatKpi(uplift.kpiBase)} = ${formatBelopp(raw)}`;
}

function keptBaseNote(uplift: Uplift): string {
  return uplift.keptBase ? `; beloppet får inte sänkas och blir ${formatBelopp(uplift.base)}` : '';
}

/** "500 000 kr × 415,51 / 409,07 = 507 872 kr (avrundat till hela kronor)". */
export function describeUplift(uplift: Uplift): string {
  return `${upliftFormula(uplift)} (${ROUNDING_TEXT[uplift.rounding]})${keptBaseNote(uplift)}`;
}

/** "500 000 kr × 415,51 / 409,07 = 507 872 kr (KPI 1980=100, okt 2024 / okt 2023)", beside a new amount. */
export function upliftComment(uplift: Uplift, serie: string): string {
  return `${upliftFormula(uplift)} (KPI ${serie}=100, ${formatKpiMonth(uplift.monthNew)} / ${formatKpiMonth(uplift.monthBase)}, ${ROUNDING_TEXT[uplift.rounding]})${keptBaseNote(uplift)}`;
}

/**
 * "KPI för okt 2024 och okt 2023 är hämtade ur iop:s medföljande tabell." (or one table each): which
 * table each number of the computation came from. Empty when the uplift was computed from bare numbers.
 */
export function describeKpiSources(uplift: Uplift): string {
  if (!uplift.sources) return '';
  const { new: fresh, base } = uplift.sources;
  const monthNew = formatKpiMonth(uplift.monthNew);
  const monthBase = formatKpiMonth(uplift.monthBase);
  if (fresh.origin === base.origin && fresh.file === base.file) return `KPI för ${monthNew} och ${monthBase} är hämtade ur ${originText(fresh)}.`;
  return `KPI för ${monthNew} är hämtat ur ${originText(fresh)} och KPI för ${monthBase} ur ${originText(base)}.`;
}
