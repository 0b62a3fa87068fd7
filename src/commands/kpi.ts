// `iop kpi [månad]` prints one KPI number or, without a month, what the tables hold; `iop kpi set`
// records a published number in the repository's table; `iop kpi update` fetches the newest from SCB.
import { existsSync } from 'node:fs';
import { IopError } from '../errors.js';
import { todayIso } from '../calendar/today.js';
import { formatKpi, formatKpiMonth } from '../kpi/uplift.js';
import { isKpiMonth, KPI_SERIES, type KpiSerie } from '../kpi/table.js';
import { displayPath, kpiValue, latestValue, loadKpiTables, originText, type KpiTables } from '../kpi/tables.js';
import { repositoryTableFromFolder } from '../kpi/location.js';
import { missingMonthText, monthOf, monthsBetween } from '../kpi/advice.js';
import type { WriteTarget } from '../kpi/repository-table.js';
import { SCB_TABLES } from '../kpi/scb.js';
import { writeOut } from './output.js';

export interface KpiCommandOptions {
  serie: KpiSerie;
  format: 'text' | 'json';
  tabell?: string;
}

function tablesHere(tabell: string | undefined): KpiTables {
  return loadKpiTables(repositoryTableFromFolder(process.cwd(), tabell));
}

/** Where set and update write (--tabell, else the repository's table) and the tables they check against. */
function writeSetup(tabell: string | undefined): { target: WriteTarget; tables: KpiTables } {
  const file = repositoryTableFromFolder(process.cwd(), tabell);
  if (file === undefined) {
    throw new IopError(
      'Hittar inget arkiv att skriva KPI-talet i: varken iop.config.yaml eller .git finns i den här mappen eller ovanför. Stå i arkivets mapp, eller ange filen med --tabell.',
    );
  }
  return { target: { file, explicit: tabell !== undefined }, tables: loadKpiTables(file) };
}

export async function runKpi(month: string | undefined, options: KpiCommandOptions): Promise<void> {
  if (month === undefined) return runKpiStatus(options);
  if (!isKpiMonth(month)) throw new IopError(`Månaden ska anges i formen ÅÅÅÅ-MM, t.ex. 2024-10, inte '${month}'.`);
  const tables = tablesHere(options.tabell);
  const found = kpiValue(tables, options.serie, month);
  if (found === undefined) throw new IopError(missingMonthText(tables, options.serie, month, todayIso()));
  if (options.format === 'json') {
    await writeOut(JSON.stringify({ serie: options.serie, månad: month, värde: found.value, tabell: tableName(found.origin, found.file) }) + '\n');
  } else {
    await writeOut(formatKpi(found.value) + '\n');
  }
}

function tableName(origin: 'repository' | 'bundled', file: string): string {
  return origin === 'bundled' ? 'medföljande' : displayPath(file);
}

/** `iop kpi` without a month: the latest month of each series, how old it is, and where the repository's table is. */
async function runKpiStatus(options: KpiCommandOptions): Promise<void> {
  const tables = tablesHere(options.tabell);
  const today = todayIso();
  const series = KPI_SERIES.map((serie) => {
    const latest = latestValue(tables, serie);
    return { serie, latest, age: latest ? monthsBetween(latest.month, monthOf(today)) : undefined };
  });
  const file = tables.repositoryFile;
  if (options.format === 'json') {
    await writeOut(
      JSON.stringify({
        idag: today,
        serier: series.map(({ serie, latest, age }) => ({
          serie,
          senaste: latest?.month ?? null,
          värde: latest?.value ?? null,
          månader_sedan: age ?? null,
          tabell: latest ? tableName(latest.origin, latest.file) : null,
        })),
        arkivets_tabell: file === undefined ? null : { fil: displayPath(file), finns: existsSync(file) },
      }) + '\n',
    );
    return;
  }
  const lines = series.map(({ serie, latest, age }) =>
    latest
      ? `KPI ${serie}=100: senaste månaden är ${latest.month} (${formatKpiMonth(latest.month)}) = ${formatKpi(latest.value)}, ur ${originText(latest)}; ${ageText(age!)}.`
      : `KPI ${serie}=100: tabellerna har inga tal än.`,
  );
  if (file === undefined) lines.push('Arkivets KPI-tabell: ingen, eftersom varken iop.config.yaml eller .git finns här eller ovanför.');
  else lines.push(`Arkivets KPI-tabell: ${displayPath(file)}${existsSync(file) ? '' : ' (finns inte än; skapas av iop kpi set eller iop kpi update)'}.`);
  lines.push("Lägg in ett tal som SCB har publicerat med 'npx iop kpi set ÅÅÅÅ-MM <värde>' (--serie 2020 för 2020=100), eller hämta de senaste med 'npx iop kpi update'.");
  await writeOut(lines.join('\n') + '\n');
}

function ageText(months: number): string {
  if (months <= 1) return 'det är den senaste månaden SCB kan ha publicerat';
  return `${months} månader före innevarande månad`;
}

export interface KpiSetOptions {
  serie: KpiSerie;
  tabell?: string;
  källa?: string;
  ersatt?: boolean;
}

export async function runKpiSet(month: string, value: string, options: KpiSetOptions): Promise<void> {
  const { setKpiMonth, scbTableText } = await import('../kpi/set.js');
  const { target, tables } = writeSetup(options.tabell);
  const result = setKpiMonth({
    serie: options.serie,
    month,
    text: value,
    källa: options.källa,
    target,
    tables,
    today: todayIso(),
    replace: options.ersatt,
  });
  const where = `arkivets KPI-tabell ${displayPath(target.file)}`;
  const lines: string[] = [];
  if (result.unchanged) {
    lines.push(`KPI för ${month} (${options.serie}=100) är redan ${formatKpi(result.value)} i ${originText(result.previous!)}. Ingenting ändrades.`);
  } else {
    const replaced = result.previous ? ` (i stället för ${formatKpi(result.previous.value)} ur ${originText(result.previous)})` : '';
    lines.push(`La in KPI för ${month} (${options.serie}=100) = ${formatKpi(result.value)}${replaced} i ${where}${result.created ? ', som skapades' : ''}.`);
    if (!options.källa?.trim()) lines.push(`Ingen källa angavs; ange den med --källa, t.ex. --källa "SCB, ${SCB_TABLES[options.serie].name}".`);
    if (result.unchecked) lines.push(`Serien har inga andra månader att jämföra med, så talet kunde inte rimlighetskontrolleras. Jämför det med SCB:s tabell ${scbTableText(options.serie)}.`);
    lines.push('Checka in filen så att alla som arbetar med arkivet räknar med samma tal.');
  }
  await writeOut(lines.join('\n') + '\n');
}

export interface KpiUpdateOptions {
  serie: KpiSerie;
  url?: string;
  tabell?: string;
  timeout?: number;
}

export async function runKpiUpdate(options: KpiUpdateOptions): Promise<void> {
  const { updateKpiTable } = await import('../kpi/update.js');
  const { target, tables } = writeSetup(options.tabell);
  const result = await updateKpiTable({
    serie: options.serie,
    url: options.url,
    target,
    tables,
    timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
    today: todayIso(),
  });
  const lines: string[] = [];
  if (result.added.length === 0) lines.push(`Inga nya månader. KPI-tabellerna (${result.serie}=100) har redan allt SCB svarade med.`);
  else lines.push(`La till ${result.added.length} ${result.added.length === 1 ? 'månad' : 'månader'} i arkivets KPI-tabell (${result.serie}=100): ${result.added[0]} – ${result.added[result.added.length - 1]}.`);
  for (const change of result.changed) lines.push(`Ändrade ${change.month}: ${formatKpi(change.from)} → ${formatKpi(change.to)} (enligt SCB).`);
  if (result.latest) lines.push(`Senaste månaden i SCB:s svar är ${result.latest} (${formatKpiMonth(result.latest)}).`);
  if (result.written) lines.push(`Skrev ${displayPath(result.file)}. Checka in filen så att alla som arbetar med arkivet räknar med samma tal.`);
  await writeOut(lines.join('\n') + '\n');
}
