// The bundled KPI table (data/kpi.json): reading, validating and looking up monthly index numbers.
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

export interface KpiSeries {
  namn: string;
  källor: KpiSource[];
  saknas?: string;
  /** 'YYYY-MM' → index number with two decimals. */
  värden: Record<string, number>;
  /** Published yearly averages, 'YYYY' → value, where a source gave them. */
  årsmedel?: Record<string, number>;
}

export interface KpiTable {
  beskrivning?: string;
  uppdaterad?: string;
  serier: Record<KpiSerie, KpiSeries>;
}

/** Environment variable that points iop at another table (tests, or an organisation's own copy). */
export const KPI_FILE_ENV = 'IOP_KPI_FILE';

export function kpiTablePath(override?: string): string {
  return override ?? process.env[KPI_FILE_ENV] ?? join(DATA_DIR, 'kpi.json');
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isKpiMonth(text: string): boolean {
  return MONTH.test(text);
}

/** Checks the shape of a parsed table; returns a Swedish reason when it is not a KPI table. */
export function kpiTableProblem(value: unknown): string | undefined {
  if (!isRecord(value) || !isRecord(value.serier)) return 'filen saknar "serier"';
  for (const serie of KPI_SERIES) {
    const series = value.serier[serie];
    if (!isRecord(series)) return `serien ${serie} saknas`;
    if (!Array.isArray(series.källor)) return `serien ${serie} saknar "källor"`;
    if (!isRecord(series.värden)) return `serien ${serie} saknar "värden"`;
    for (const [month, number] of Object.entries(series.värden)) {
      if (!MONTH.test(month)) return `serien ${serie} har en felaktig månad '${month}'`;
      if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) return `serien ${serie} har ett felaktigt värde för ${month}`;
    }
  }
  return undefined;
}

export function parseKpiTable(text: string, file: string): KpiTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new IopError(`KPI-tabellen ${file} är inte giltig JSON.`);
  }
  const problem = kpiTableProblem(value);
  if (problem) throw new IopError(`KPI-tabellen ${file} kan inte användas: ${problem}.`);
  return value as KpiTable;
}

export function readKpiTable(file = kpiTablePath()): KpiTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IopError(`KPI-tabellen ${file} kan inte läsas.`);
  }
  return parseKpiTable(text, file);
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
