// `iop kpi set <ÅÅÅÅ-MM> <värde>`: records one month's fixed number, as SCB published it, in the
// repository's table, after checking it against the nearest months the tables hold.
import { EXIT_PROBLEMS, IopError } from '../errors.js';
import { isPublishable, monthsBetween } from './advice.js';
import { openRepositoryTable, putMonth, saveRepositoryTable, type WriteTarget } from './repository-table.js';
import { SCB_TABLES } from './scb.js';
import { isKpiMonth, type KpiSerie } from './table.js';
import { kpiValue, nearestValues, originText, type KpiTables, type KpiValue } from './tables.js';
import { formatKpi } from './uplift.js';

export interface SetOptions {
  serie: KpiSerie;
  month: string;
  /** The number as the user typed it: decimal comma or point. */
  text: string;
  källa?: string;
  target: WriteTarget;
  tables: KpiTables;
  /** ISO date: recorded with the number, and no month from today on can have been published. */
  today: string;
  /** Replace a month the tables already hold with another number. */
  replace?: boolean;
}

export interface SetResult {
  value: number;
  /** The number the tables held for the month before, if any. */
  previous?: KpiValue;
  /** Nothing was written: the tables already held this number for the month. */
  unchanged: boolean;
  /** The repository's table did not exist and was created. */
  created: boolean;
  /** No other month of the series to compare with, so the number could not be checked. */
  unchecked: boolean;
}

export const NO_SOURCE = 'ingen källa angiven';

/** "419,12" or "419.12" → 419.12; a malformed number is a usage error (exit 2). */
export function parseKpiNumber(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed)) throw new IopError(`Värdet ska vara ett tal som SCB publicerar det, t.ex. 415,51 eller 415.51, inte '${text}'.`);
  const value = Number(trimmed.replace(',', '.'));
  if (!(value > 0)) throw new IopError(`Värdet ska vara större än noll, inte '${text}'.`);
  return value;
}

/** Decimals that change the number: '419,120' has two, '41,912' three. */
function significantDecimals(text: string): number {
  return (text.trim().split(/[.,]/)[1] ?? '').replace(/0+$/, '').length;
}

/** How far (as a factor, in logarithms) a month may lie from a month `months` away: generous for inflation, strict for a misplaced comma. */
function tolerance(months: number): number {
  return Math.min(0.5, 0.03 + 0.02 * months);
}

function fits(value: number, month: string, neighbours: KpiValue[]): boolean {
  return neighbours.every((n) => Math.abs(Math.log(value / n.value)) <= tolerance(Math.abs(monthsBetween(n.month, month))));
}

const FACTOR_WORDS: Record<number, string> = { 1: 'tio', 2: 'hundra', 3: 'tusen' };

/** Why the number cannot be the month's KPI, judged by the nearest months held; undefined when it fits. */
export function plausibilityProblem(text: string, value: number, month: string, neighbours: KpiValue[]): string | undefined {
  if (fits(value, month, neighbours)) return undefined;
  const near = neighbours.map((n) => `${n.month} (${formatKpi(n.value)})`).join(' och ');
  let hint = '';
  for (const power of [1, 2, 3]) {
    for (const sign of [1, -1]) {
      const guess = value / 10 ** (power * sign);
      if (!fits(guess, month, neighbours)) continue;
      hint = ` Talet är ungefär ${FACTOR_WORDS[power]} gånger för ${sign > 0 ? 'stort' : 'litet'}; menade du ${formatKpi(guess)}?`;
    }
  }
  return `KPI för ${month} kan inte vara ${text}: de närmaste månaderna i tabellerna är ${near}.${hint} Ange talet som SCB har publicerat det.`;
}

export function setKpiMonth(options: SetOptions): SetResult {
  const { serie, month, text, tables } = options;
  if (!isKpiMonth(month)) throw new IopError(`Månaden ska anges i formen ÅÅÅÅ-MM, t.ex. 2025-10, inte '${month}'.`);
  const value = parseKpiNumber(text);
  if (!isPublishable(month, options.today)) {
    throw new IopError(`SCB har inte publicerat KPI för ${month} än; talet för en månad publiceras i mitten av månaden efter. Ingenting ändrades.`, EXIT_PROBLEMS);
  }
  const { before, after } = nearestValues(tables, serie, month);
  const neighbours = [before, after].filter((n): n is KpiValue => n !== undefined);
  const problem = plausibilityProblem(text.trim(), value, month, neighbours);
  if (problem) throw new IopError(`${problem} Ingenting ändrades.`, EXIT_PROBLEMS);
  if (significantDecimals(text) > 2) throw new IopError(`SCB publicerar KPI med två decimaler; ${text.trim()} har fler. Ingenting ändrades.`, EXIT_PROBLEMS);
  const rounded = Math.round(value * 100) / 100;
  const previous = kpiValue(tables, serie, month);
  const unchecked = neighbours.length === 0;
  if (previous?.value === rounded) return { value: rounded, previous, unchanged: true, created: false, unchecked };
  if (previous && !options.replace) {
    throw new IopError(
      `KPI för ${month} (${serie}=100) är redan ${formatKpi(previous.value)} i ${originText(previous)}. SCB:s fastställda tal ändras inte i efterhand; ` +
        `är talet där fel, ersätt det med --ersatt. Ingenting ändrades.`,
      EXIT_PROBLEMS,
    );
  }
  const { table, created } = openRepositoryTable(options.target.file);
  putMonth(table, serie, month, rounded, { källa: options.källa?.trim() || NO_SOURCE, inlagd: options.today, med: 'iop kpi set' });
  saveRepositoryTable(options.target, table, options.today);
  return { value: rounded, previous, unchanged: false, created, unchecked };
}

/** The SCB table a user compares an unchecked number with. */
export function scbTableText(serie: KpiSerie): string {
  const scb = SCB_TABLES[serie];
  return `”${scb.name}” (${scb.id})`;
}
