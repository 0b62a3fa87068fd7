// One KPI table file (the bundled data/kpi.json, or an archive's own kpi.json): reading, validating
// and looking up monthly index numbers. Which tables are in force is src/kpi/tables.ts's job.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { IopError } from '../errors.js';

export type KpiSerie = '1980' | '2020';
export const KPI_SERIES: readonly KpiSerie[] = ['1980', '2020'];

export interface KpiSource {
  url: string;
  avser?: string;
  hämtad: string;
  anmärkning?: string;
}

/** Where one month's number came from, for numbers an archive recorded itself. */
export interface KpiEntrySource {
  /** The source as the user or the update stated it (a URL, or e.g. "SCB, pressmeddelande 2025-11-13"). */
  källa: string;
  /** ISO date the number was recorded. */
  inlagd: string;
  /** The command that recorded it. */
  med: string;
}

export interface KpiSeries {
  namn: string;
  källor: KpiSource[];
  saknas?: string;
  /** 'YYYY-MM' → index number with two decimals. */
  värden: Record<string, number>;
  /** 'YYYY-MM' → where that month's number came from (written by 'iop kpi set' and 'iop kpi update'). */
  ursprung?: Record<string, KpiEntrySource>;
  /** Published yearly averages, 'YYYY' → value, where a source gave them. */
  årsmedel?: Record<string, number>;
}

export interface KpiTable {
  beskrivning?: string;
  uppdaterad?: string;
  serier: Record<KpiSerie, KpiSeries>;
}

/** Environment variable that points iop at another bundled table (tests use it). */
export const KPI_FILE_ENV = 'IOP_KPI_FILE';

export const SERIES_NAMES: Record<KpiSerie, string> = {
  '1980': 'KPI, fastställda tal, 1980=100',
  '2020': 'KPI, fastställda tal, 2020=100',
};

/** The bundled table: data/kpi.json in the installed package, or IOP_KPI_FILE. */
export function kpiTablePath(override?: string): string {
  return override ?? process.env[KPI_FILE_ENV] ?? join(DATA_DIR, 'kpi.json');
}

export interface ParseOptions {
  /** An archive's own table may leave out a series or its sources; they are read as empty. */
  partial?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isKpiMonth(text: string): boolean {
  return MONTH.test(text);
}

/** Checks the shape of a parsed table; returns a Swedish reason when it is not a KPI table. */
export function kpiTableProblem(value: unknown, options: ParseOptions = {}): string | undefined {
  if (!isRecord(value) || !isRecord(value.serier)) return 'filen saknar "serier"';
  for (const serie of KPI_SERIES) {
    const series = value.serier[serie];
    if (series === undefined && options.partial) continue;
    if (!isRecord(series)) return `serien ${serie} saknas`;
    if (!Array.isArray(series.källor) && !(series.källor === undefined && options.partial)) return `serien ${serie} saknar "källor"`;
    if (!isRecord(series.värden)) return `serien ${serie} saknar "värden"`;
    for (const [month, number] of Object.entries(series.värden)) {
      if (!MONTH.test(month)) return `serien ${serie} har en felaktig månad '${month}'`;
      if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) return `serien ${serie} har ett felaktigt värde för ${month}`;
    }
    if (series.ursprung !== undefined && !isRecord(series.ursprung)) return `serien ${serie} har ett felaktigt "ursprung"`;
  }
  return undefined;
}

/** An empty series, for a table that leaves one out and for a new archive table. */
export function emptySeries(serie: KpiSerie): KpiSeries {
  return { namn: SERIES_NAMES[serie], källor: [], värden: {} };
}

/** A new, empty archive table (written by the first 'iop kpi set' or 'iop kpi update'). */
export function emptyKpiTable(): KpiTable {
  return {
    beskrivning:
      "Arkivets egna KPI-tal (konsumentprisindex, fastställda tal från SCB). De kompletterar iop:s medföljande tabell och går före den. Skrivs av 'iop kpi set' och 'iop kpi update'; checka in filen så att alla räknar med samma tal.",
    serier: { '1980': emptySeries('1980'), '2020': emptySeries('2020') },
  };
}

export function parseKpiTable(text: string, file: string, options: ParseOptions = {}): KpiTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new IopError(`KPI-tabellen ${file} är inte giltig JSON.`);
  }
  const problem = kpiTableProblem(value, options);
  if (problem) throw new IopError(`KPI-tabellen ${file} kan inte användas: ${problem}.`);
  const table = value as KpiTable;
  for (const serie of KPI_SERIES) {
    const series = (table.serier[serie] ??= emptySeries(serie));
    series.källor ??= [];
  }
  return table;
}

export function readKpiTable(file = kpiTablePath(), options: ParseOptions = {}): KpiTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IopError(`KPI-tabellen ${file} kan inte läsas.`);
  }
  return parseKpiTable(text, file, options);
}

const cache = new Map<string, KpiTable>();

/** The table at the configured path, read once per process (rules call this for every ärende). */
export function defaultKpiTable(): KpiTable {
  const file = kpiTablePath();
  let table = cache.get(file);
  if (!table) {
    table = readKpiTable(file);
    cache.set(file, table);
  }
  return table;
}

export function lookup(table: KpiTable, serie: KpiSerie, month: string): number | undefined {
  return table.serier[serie].värden[month];
}

/** The latest month in a series, or undefined when the series is empty. */
export function latestMonth(table: KpiTable, serie: KpiSerie): string | undefined {
  const months = Object.keys(table.serier[serie].värden).sort();
  return months[months.length - 1];
}

export function firstMonth(table: KpiTable, serie: KpiSerie): string | undefined {
  return Object.keys(table.serier[serie].värden).sort()[0];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
