// `iop kpi update`: fetch the newest months from SCB, check them against the tables in force, and write
// the months those tables lack (or that SCB states differently) into the repository's table, atomically.
import { IopError } from '../errors.js';
import { datasetBase, JsonStatError, parseJsonStat, pxwebQuery, SCB_TABLES } from './scb.js';
import { openRepositoryTable, putMonth, saveRepositoryTable, type WriteTarget } from './repository-table.js';
import type { KpiSerie, KpiTable } from './table.js';
import { kpiValue, type KpiTables } from './tables.js';

export interface UpdateOptions {
  serie: KpiSerie;
  url?: string;
  /** The repository's table, which is written. */
  target: WriteTarget;
  /** The tables in force, against which SCB's answer is checked. */
  tables: KpiTables;
  timeoutMs?: number;
  /** ISO date recorded as the retrieval date. */
  today: string;
}

export interface UpdateResult {
  file: string;
  serie: KpiSerie;
  added: string[];
  changed: Array<{ month: string; from: number; to: number }>;
  /** The latest month SCB's answer held. */
  latest?: string;
  /** Nothing was new, so nothing was written. */
  written: boolean;
}

/** A fetched value this far from the table's value for the same month means the answer is another series. */
const MAX_RELATIVE_DIFFERENCE = 0.01;

export async function updateKpiTable(options: UpdateOptions): Promise<UpdateResult> {
  const scb = SCB_TABLES[options.serie];
  const url = options.url ?? scb.url;
  const body = await fetchJson(url, pxwebQuery(scb.contentsCode), options.timeoutMs ?? 30_000);
  let fetched: Record<string, number>;
  try {
    const base = datasetBase(body);
    if (base !== undefined && base !== options.serie) throw new JsonStatError(`svaret gäller KPI med ${base}=100, inte ${options.serie}=100`);
    fetched = parseJsonStat(body, scb.contentsCode);
  } catch (error) {
    if (error instanceof JsonStatError) throw new IopError(`Svaret från ${url} kunde inte tolkas (${error.message}). KPI-tabellen är oförändrad.`);
    throw error;
  }
  const months = Object.keys(fetched).sort();
  if (months.length === 0) throw new IopError(`Svaret från ${url} innehöll inga KPI-tal. KPI-tabellen är oförändrad.`);
  const { added, changed } = compare(options.tables, options.serie, fetched, url);
  const result = { file: options.target.file, serie: options.serie, added, changed, latest: months[months.length - 1], written: false };
  if (added.length === 0 && changed.length === 0) return result;

  const { table } = openRepositoryTable(options.target.file);
  const origin = { källa: url, inlagd: options.today, med: 'iop kpi update' };
  for (const month of [...added, ...changed.map((c) => c.month)]) putMonth(table, options.serie, month, fetched[month]!, origin);
  recordSource(table, options.serie, url, `${months[0]} – ${months[months.length - 1]}`, options.today);
  saveRepositoryTable(options.target, table, options.today);
  return { ...result, written: true };
}

/** The fetched months the tables lack, and those SCB states differently; refuses an answer that looks like another series. */
function compare(tables: KpiTables, serie: KpiSerie, fetched: Record<string, number>, url: string): Pick<UpdateResult, 'added' | 'changed'> {
  const added: string[] = [];
  const changed: UpdateResult['changed'] = [];
  for (const [month, value] of Object.entries(fetched)) {
    const existing = kpiValue(tables, serie, month)?.value;
    if (existing === undefined) added.push(month);
    else if (Math.abs(existing - value) / existing > MAX_RELATIVE_DIFFERENCE) {
      throw new IopError(`Svaret från ${url} anger ${value} för ${month}, men tabellen har ${existing}. Det ser ut att vara en annan serie; KPI-tabellen är oförändrad.`);
    } else if (existing !== value) changed.push({ month, from: existing, to: value });
  }
  return { added: added.sort(), changed: changed.sort((a, b) => a.month.localeCompare(b.month)) };
}

function recordSource(table: KpiTable, serie: KpiSerie, url: string, range: string, today: string): void {
  const sources = table.serier[serie].källor.filter((source) => source.url !== url);
  sources.push({ url, avser: range, hämtad: today, anmärkning: "Hämtat från SCB:s öppna API (PxWeb) med 'iop kpi update'." });
  table.serier[serie].källor = sources;
}

async function fetchJson(url: string, query: unknown, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(query),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new IopError(`${networkReason(error, url, timeoutMs)} KPI-tabellen är oförändrad.`);
  }
  // HTTP/2 has no reason phrase and an HTTP/1.1 server may send none: then the status stands alone.
  if (!response.ok) throw new IopError(`SCB svarade ${[response.status, response.statusText.trim()].filter(Boolean).join(' ')} på ${url}. KPI-tabellen är oförändrad.`);
  const text = await response.text();
  try {
    // PxWeb answers with a byte order mark.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new IopError(`Svaret från ${url} är inte giltig JSON. KPI-tabellen är oförändrad.`);
  }
}

function networkReason(error: unknown, url: string, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `SCB svarade inte inom ${Math.round(timeoutMs / 1000)} sekunder (${url}).`;
  }
  const code = causeCode(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Kunde inte slå upp adressen ${hostOf(url)}. Är datorn ansluten till internet?`;
  if (code === 'ECONNREFUSED') return `Kunde inte ansluta till ${hostOf(url)} (anslutningen nekades).`;
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return `Anslutningen till ${hostOf(url)} tog för lång tid.`;
  return `Kunde inte hämta KPI från ${url}${code ? ` (${code})` : ''}.`;
}

function causeCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; errors?: unknown[] } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  // Connecting to several addresses fails with an AggregateError of one error per address.
  const first = cause?.errors?.[0] as { code?: unknown } | undefined;
  return typeof first?.code === 'string' ? first.code : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
