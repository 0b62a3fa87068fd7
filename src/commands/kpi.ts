// `iop kpi <månad>` prints one KPI number; `iop kpi update` fetches the newest months from SCB.
import { IopError } from '../errors.js';
import { todayIso } from '../rules/engine.js';
import { formatKpi, formatKpiMonth } from '../kpi/uplift.js';
import { isKpiMonth, kpiTablePath, latestMonth, lookup, readKpiTable, type KpiSerie } from '../kpi/table.js';
import { writeOut } from './output.js';

export interface KpiCommandOptions {
  serie: KpiSerie;
  format: 'text' | 'json';
  tabell?: string;
}

export async function runKpi(month: string | undefined, options: KpiCommandOptions): Promise<void> {
  if (month === undefined) throw new IopError("Ange en månad i formen ÅÅÅÅ-MM, t.ex. 'iop kpi 2024-10', eller 'iop kpi update'.");
  if (!isKpiMonth(month)) throw new IopError(`Månaden ska anges i formen ÅÅÅÅ-MM, t.ex. 2024-10, inte '${month}'.`);
  const table = readKpiTable(kpiTablePath(options.tabell));
  const value = lookup(table, options.serie, month);
  if (value === undefined) {
    const latest = latestMonth(table, options.serie);
    const tail = latest ? `Senaste månaden i tabellen är ${latest}` : 'Tabellen har inga värden för serien än';
    throw new IopError(`KPI för ${month} (${options.serie}=100) finns inte i tabellen. ${tail}; kör 'iop kpi update' för att hämta nyare tal från SCB.`);
  }
  if (options.format === 'json') {
    await writeOut(JSON.stringify({ serie: options.serie, månad: month, värde: value }) + '\n');
  } else {
    await writeOut(formatKpi(value) + '\n');
  }
}

export interface KpiUpdateOptions {
  serie: KpiSerie;
  url?: string;
  tabell?: string;
  timeout?: number;
}

export async function runKpiUpdate(options: KpiUpdateOptions): Promise<void> {
  const { updateKpiTable } = await import('../kpi/update.js');
  const result = await updateKpiTable({
    serie: options.serie,
    url: options.url,
    file: options.tabell,
    timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
    today: todayIso(),
  });
  const lines: string[] = [];
  if (result.added.length === 0) lines.push(`Inga nya månader. KPI-tabellen (${result.serie}=100) är redan aktuell.`);
  else lines.push(`La till ${result.added.length} ${result.added.length === 1 ? 'månad' : 'månader'} i KPI-tabellen (${result.serie}=100): ${result.added[0]} – ${result.added[result.added.length - 1]}.`);
  for (const change of result.changed) lines.push(`Ändrade ${change.month}: ${formatKpi(change.from)} → ${formatKpi(change.to)} (enligt SCB).`);
  if (result.latest) lines.push(`Senaste månaden är nu ${result.latest} (${formatKpiMonth(result.latest)}).`);
  lines.push(`Skrev ${result.file}.`);
  await writeOut(lines.join('\n') + '\n');
}
