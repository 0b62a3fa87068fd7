// The KPI tables in force: the repository's own table first, then the bundled one. Every lookup
// says which table a number came from, so a computation can show its sources.
import { statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { ValidArende } from '../model.js';
import { IopError } from '../errors.js';
import { defaultKpiTable, kpiTablePath, readKpiTable, type KpiSerie, type KpiTable } from './table.js';
import { repositoryTableFor } from './location.js';

export type KpiOrigin = 'repository' | 'bundled';

export interface KpiLayer {
  origin: KpiOrigin;
  file: string;
  table: KpiTable;
}

export interface KpiTables {
  /** Highest priority first: the repository's table (when the file exists), then the bundled one. */
  layers: KpiLayer[];
  /** Where the repository's table is, or would be created; undefined outside a repository. */
  repositoryFile?: string;
}

/** Which table a number came from. */
export interface KpiSourceRef {
  origin: KpiOrigin;
  file: string;
}

export interface KpiValue extends KpiSourceRef {
  month: string;
  value: number;
}

/** Only the given table, as the bundled one (tests, and library users with a table in hand). */
export function bundledOnly(table: KpiTable, file = kpiTablePath()): KpiTables {
  return { layers: [{ origin: 'bundled', file, table }] };
}

const repositoryCache = new Map<string, { stamp: string; table: KpiTable }>();

/** The repository's table, read again only when the file has changed (preview and watch run for hours). */
function readRepositoryTable(file: string): KpiTable | undefined {
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new IopError(`KPI-tabellen ${file} kan inte läsas.`);
  }
  const cached = repositoryCache.get(file);
  if (cached?.stamp === stamp) return cached.table;
  const table = readKpiTable(file, { partial: true });
  repositoryCache.set(file, { stamp, table });
  return table;
}

/** The tables in force with the repository's table at `repositoryFile` (if it exists) over the bundled one. */
export function loadKpiTables(repositoryFile: string | undefined): KpiTables {
  const bundled: KpiLayer = { origin: 'bundled', file: kpiTablePath(), table: defaultKpiTable() };
  const repository = repositoryFile === undefined ? undefined : readRepositoryTable(repositoryFile);
  const layers = repository && repositoryFile ? [{ origin: 'repository' as const, file: repositoryFile, table: repository }, bundled] : [bundled];
  return { layers, repositoryFile };
}

/** The tables an ärende's rules use: its repository's table (from its iop.config.yaml or .git) over the bundled one. */
export function kpiTablesForArende(arende: ValidArende): KpiTables {
  return loadKpiTables(repositoryTableFor(arende.config, arende.dir));
}

export function kpiValue(tables: KpiTables, serie: KpiSerie, month: string): KpiValue | undefined {
  for (const { origin, file, table } of tables.layers) {
    const value = table.serier[serie].värden[month];
    if (value !== undefined) return { month, value, origin, file };
  }
  return undefined;
}

/** Every month any table holds for the series, in order. */
export function heldMonths(tables: KpiTables, serie: KpiSerie): string[] {
  return [...new Set(tables.layers.flatMap(({ table }) => Object.keys(table.serier[serie].värden)))].sort();
}

export function latestValue(tables: KpiTables, serie: KpiSerie): KpiValue | undefined {
  const months = heldMonths(tables, serie);
  const latest = months[months.length - 1];
  return latest === undefined ? undefined : kpiValue(tables, serie, latest);
}

/** The nearest months held before and after `month` (not the month itself). */
export function nearestValues(tables: KpiTables, serie: KpiSerie, month: string): { before?: KpiValue; after?: KpiValue } {
  const months = heldMonths(tables, serie);
  const before = months.filter((m) => m < month).pop();
  const after = months.find((m) => m > month);
  return {
    before: before === undefined ? undefined : kpiValue(tables, serie, before),
    after: after === undefined ? undefined : kpiValue(tables, serie, after),
  };
}

/** A file as the user would name it: relative to the folder they stand in, unless that climbs out of it. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? file : shown;
}

/** "iop:s medföljande tabell" or "arkivets KPI-tabell kpi.json". */
export function originText(source: KpiSourceRef): string {
  return source.origin === 'bundled' ? 'iop:s medföljande tabell' : `arkivets KPI-tabell ${displayPath(source.file)}`;
}
