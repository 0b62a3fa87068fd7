// The KPI uplift: new amount = base × (1 + andel/100 × (KPI(new month) / KPI(base month) − 1)),
// rounded as the agreement says (to the nearest unit, or down). With andel 100 that is
// base × KPI(new) / KPI(base).
import { formatBelopp } from '../text/format.js';
import { originText, type KpiSourceRef } from './tables.js';

export type Rounding = 'krona' | 'hundra' | 'tusen';
/** närmaste: half up to the nearest unit; nedåt: down to the unit (indexering.avrunda). */
export type RoundingDirection = 'närmaste' | 'nedåt';

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

/** Floor division for bigint (rounds towards minus infinity, also for a negative numerator). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/**
 * base × (1 + share/100 × (kpiNew / kpiBase − 1)), rounded to the unit (half up, or down), computed
 * exactly in integers so that a result that lies on .5 is not moved by floating point. With the
 * default share of 100 this is base × kpiNew / kpiBase. Never below base unless mayDecrease.
 */
export function upliftAmount(base: number, kpiNew: number, kpiBase: number, rounding: Rounding = 'krona', mayDecrease = false, share = 100, direction: RoundingDirection = 'närmaste'): number {
  if (!Number.isInteger(base) || base < 0) throw new RangeError(`base must be a whole, non-negative amount: ${base}`);
  if (kpiBase <= 0 || kpiNew <= 0) throw new RangeError('KPI values must be positive');
  if (!(share >= 0)) throw new RangeError(`share must be a non-negative percentage: ${share}`);
  const unit = UNIT[rounding];
  // share in hundredths of a percent, so 80 and 87,5 are exact: factor = (10000·kB + s·(kN − kB)) / (10000·kB).
  const s = BigInt(Math.round(share * 100));
  const kB = hundredths(kpiBase);
  const numerator = BigInt(base) * (10000n * kB + s * (hundredths(kpiNew) - kB));
  const denominator = 10000n * kB * unit;
  // Half up: floor((2n + d) / 2d); down: floor(n / d).
  const units = direction === 'nedåt' ? floorDiv(numerator, denominator) : floorDiv(2n * numerator + denominator, 2n * denominator);
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
  /** Percent of the index change that applies (indexering.andel); 100 when not stated. */
  share: number;
  direction: RoundingDirection;
  result: number;
  /** The unrounded product never reached the base and the base was kept. */
  keptBase: boolean;
  /** Which table each KPI number came from (set when the numbers were looked up in tables). */
  sources?: { new: KpiSourceRef; base: KpiSourceRef };
}

export function computeUplift(base: number, monthNew: string, kpiNew: number, monthBase: string, kpiBase: number, rounding: Rounding, mayDecrease: boolean, share = 100, direction: RoundingDirection = 'närmaste'): Uplift {
  const result = upliftAmount(base, kpiNew, kpiBase, rounding, mayDecrease, share, direction);
  const raw = upliftAmount(base, kpiNew, kpiBase, rounding, true, share, direction);
  return { base, kpiNew, kpiBase, monthNew, monthBase, rounding, mayDecrease, share, direction, result, keptBase: !mayDecrease && raw < base };
}

/** 80 → "80 %", 87.5 → "87,5 %". */
function formatShare(share: number): string {
  return `${String(share).replace('.', ',')}\u00a0%`;
}

/**
 * "500 000 kr × 415,51 / 409,07 = 507 872 kr", or with a share
 * "500 000 kr × (1 + 80 % × (415,51 / 409,07 − 1)) = 506 200 kr" (the rounded, not yet floored, result).
 */
export function upliftFormula(uplift: Uplift): string {
  const raw = upliftAmount(uplift.base, uplift.kpiNew, uplift.kpiBase, uplift.rounding, true, uplift.share, uplift.direction);
  const ratio = `${formatKpi(uplift.kpiNew)} / ${formatKpi(uplift.kpiBase)}`;
  const factor = uplift.share === 100 ? ratio : `(1 + ${formatShare(uplift.share)} × (${ratio} − 1))`;
  return `${formatBelopp(uplift.base)} × ${factor} = ${formatBelopp(raw)}`;
}

/** "avrundat till hela kronor", "avrundat nedåt till hela hundratal kronor". */
function roundingText(uplift: Uplift): string {
  const text = ROUNDING_TEXT[uplift.rounding];
  return uplift.direction === 'nedåt' ? text.replace('avrundat till', 'avrundat nedåt till') : text;
}

function keptBaseNote(uplift: Uplift): string {
  return uplift.keptBase ? `; beloppet får inte sänkas och blir ${formatBelopp(uplift.base)}` : '';
}

/** "500 000 kr × 415,51 / 409,07 = 507 872 kr (avrundat till hela kronor)". */
export function describeUplift(uplift: Uplift): string {
  return `${upliftFormula(uplift)} (${roundingText(uplift)})${keptBaseNote(uplift)}`;
}

/** "500 000 kr × 415,51 / 409,07 = 507 872 kr (KPI 1980=100, okt 2024 / okt 2023)", beside a new amount. */
export function upliftComment(uplift: Uplift, serie: string): string {
  return `${upliftFormula(uplift)} (KPI ${serie}=100, ${formatKpiMonth(uplift.monthNew)} / ${formatKpiMonth(uplift.monthBase)}, ${roundingText(uplift)})${keptBaseNote(uplift)}`;
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
