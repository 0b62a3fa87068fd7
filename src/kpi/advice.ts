// What a user whose tables lack a KPI month can do: where SCB publishes the number and the exact
// command that records it. One text for iop kpi, iop extend and the rule kpi/index-saknas.
import { SCB_TABLES } from './scb.js';
import type { KpiSerie } from './table.js';
import { latestValue, originText, type KpiTables } from './tables.js';
import { formatKpi } from './uplift.js';

/** 'YYYY-MM' of an ISO date. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** Whole months from `from` to `to` ('YYYY-MM'); negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** SCB publishes a month's KPI in the month after; the current month and later are not published yet. */
export function isPublishable(month: string, today: string): boolean {
  return month < monthOf(today);
}

function serieFlag(serie: KpiSerie): string {
  return serie === '1980' ? '' : ` --serie ${serie}`;
}

/** "Senaste månaden i tabellerna är 2024-11 (416,75, iop:s medföljande tabell)." or that the series is empty. */
export function latestText(tables: KpiTables, serie: KpiSerie): string {
  const latest = latestValue(tables, serie);
  if (!latest) return `Tabellerna har inga tal med ${serie}=100 än.`;
  return `Senaste månaden i tabellerna är ${latest.month} (${formatKpi(latest.value)}, ${originText(latest)}).`;
}

/** Where SCB publishes `month` of the series and the command that records it in the repository's table. */
export function recordAdvice(serie: KpiSerie, month: string, today: string): string {
  if (!isPublishable(month, today)) {
    return `SCB har inte publicerat KPI för ${month} än; talet för en månad publiceras i mitten av månaden efter.`;
  }
  const scb = SCB_TABLES[serie];
  const set = `'npx iop kpi set ${month} <värde>${serieFlag(serie)}'`;
  if (scb.lastMonth !== undefined && month > scb.lastMonth) {
    return (
      `SCB:s tabell ”${scb.name}” (${scb.id}) uppdateras inte efter ${scb.lastMonth}; för senare månader publicerar SCB KPI med 2020=100 ` +
      `omräknat till ${serie}=100 i tabellen PR0101A/KPI2020M1980. Lägg in talet som SCB har publicerat med ${set}.`
    );
  }
  return `SCB publicerar talet i tabellen ”${scb.name}” (${scb.id}). Lägg in det med ${set} eller hämta det med 'npx iop kpi update${serieFlag(serie)}'.`;
}

/** The whole message for a month the tables lack. */
export function missingMonthText(tables: KpiTables, serie: KpiSerie, month: string, today: string): string {
  return `KPI för ${month} (${serie}=100) finns inte i KPI-tabellerna. ${latestText(tables, serie)} ${recordAdvice(serie, month, today)}`;
}
