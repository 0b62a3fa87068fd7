// Reading and writing the repository's own KPI table: created on the first write, written atomically,
// months in order, never the package's bundled file by accident.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { IopError } from '../errors.js';
import { writeErrorReason, writeFileAtomic } from '../io/atomic.js';
import { emptyKpiTable, kpiTablePath, readKpiTable, type KpiEntrySource, type KpiSerie, type KpiTable } from './table.js';

/** Where the kpi commands write; `explicit` when the user named the file with --tabell. */
export interface WriteTarget {
  file: string;
  explicit: boolean;
}

/** The repository's table as it is on disk now (not cached), or a new empty one. */
export function openRepositoryTable(file: string): { table: KpiTable; created: boolean } {
  if (!existsSync(file)) return { table: emptyKpiTable(), created: true };
  return { table: readKpiTable(file, { partial: true }), created: false };
}

/** Sets one month's number and its origin, keeping the months in order. */
export function putMonth(table: KpiTable, serie: KpiSerie, month: string, value: number, origin: KpiEntrySource): void {
  const series = table.serier[serie];
  series.värden = sortedByMonth({ ...series.värden, [month]: value });
  series.ursprung = sortedByMonth({ ...(series.ursprung ?? {}), [month]: origin });
}

function sortedByMonth<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Writes the table atomically. The package's own data/kpi.json is written only when the user named
 * it with --tabell (maintainers updating the bundled table): a repository's numbers belong in the
 * repository, where they are committed, not in node_modules, which the next 'npm ci' replaces.
 */
export function saveRepositoryTable(target: WriteTarget, table: KpiTable, today: string): void {
  if (!target.explicit && resolve(target.file) === resolve(kpiTablePath())) {
    throw new IopError(`${target.file} är iop:s medföljande tabell, inte arkivets. Ange arkivets tabell med kpi_tabell i iop.config.yaml eller med --tabell.`);
  }
  table.uppdaterad = today;
  try {
    writeFileAtomic(target.file, JSON.stringify(table, null, 2) + '\n');
  } catch (error) {
    throw new IopError(`Kunde inte skriva KPI-tabellen ${target.file}: ${writeErrorReason(error)}.`);
  }
}
