// SCB's open PxWeb API: the query for a KPI table and a parser for its json-stat answer.
import type { KpiSerie } from './table.js';

export interface ScbTable {
  url: string;
  contentsCode: string;
  /** The table's name in SCB's Statistikdatabasen, where a user looks a number up by hand. */
  name: string;
  /** The table in SCB's API (PxWeb), e.g. 'PR0101A/KPItotM'. */
  id: string;
  /** The last month SCB publishes in this table, where SCB has said that the table ends. */
  lastMonth?: string;
}

/**
 * Table and contents code per series (domain.md §6). KPItotM (TAB5737 in SCB's newer API) is "uppdateras
 * ej efter 2025M12" in SCB's table title. KPI2020M (TAB6596) carries the fixed numbers with 2020=100 from
 * 2026M01 under the contents code 00000808 ("KPI, fastställda tal"); test/fixtures/scb/README.md lists the
 * stored sources for both facts and the recorded-response test that checks the code.
 */
export const SCB_TABLES: Record<KpiSerie, ScbTable> = {
  '1980': {
    url: 'https://api.scb.se/OV0104/v1/doris/sv/ssd/START/PR/PR0101/PR0101A/KPItotM',
    contentsCode: '000004VU',
    name: 'Konsumentprisindex (KPI), totalt, 1980=100',
    id: 'PR0101A/KPItotM',
    lastMonth: '2025-12',
  },
  '2020': {
    url: 'https://api.scb.se/OV0104/v1/doris/sv/ssd/START/PR/PR0101/PR0101A/KPI2020M',
    contentsCode: '00000808',
    name: 'Konsumentprisindex (KPI), totalt, 2020=100',
    id: 'PR0101A/KPI2020M',
  },
};

/** How many of the latest months to ask for; enough to fill a table that has not been updated for years. */
export const MONTHS_TO_FETCH = 60;

export function pxwebQuery(contentsCode: string, months = MONTHS_TO_FETCH): unknown {
  return {
    query: [
      { code: 'ContentsCode', selection: { filter: 'item', values: [contentsCode] } },
      { code: 'Tid', selection: { filter: 'top', values: [String(months)] } },
    ],
    response: { format: 'json-stat' },
  };
}

interface JsonStatDimension {
  category?: { index?: Record<string, number> | string[] };
}

interface JsonStatDataset {
  id?: string[];
  size?: number[];
  dimension?: Record<string, JsonStatDimension | string[] | Record<string, string[]>> & { id?: string[]; size?: number[]; role?: { time?: string[] } };
  role?: { time?: string[] };
  value?: Array<number | null> | Record<string, number | null>;
}

export class JsonStatError extends Error {}

/** 'YYYY-MM' → value, from a json-stat 1 (PxWeb's "json-stat") or json-stat 2 answer. */
export function parseJsonStat(body: unknown, contentsCode: string): Record<string, number> {
  const dataset = findDataset(body);
  const dimension = dataset.dimension ?? {};
  const ids = dataset.id ?? (Array.isArray(dimension.id) ? dimension.id : undefined);
  const sizes = dataset.size ?? (Array.isArray(dimension.size) ? dimension.size : undefined);
  if (!ids || !sizes || ids.length !== sizes.length) throw new JsonStatError('svaret saknar dimensionernas id och storlek');
  const timeId = dataset.role?.time?.[0] ?? dimension.role?.time?.[0] ?? ids.find((id) => id === 'Tid');
  if (!timeId || !ids.includes(timeId)) throw new JsonStatError('svaret saknar en tidsdimension');
  const strides = ids.map((_, i) => sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  const fixed = new Map<string, number>();
  for (const id of ids) {
    if (id === timeId) continue;
    const index = categoryIndex(dimension[id] as JsonStatDimension | undefined);
    const position = id === 'ContentsCode' ? index.get(contentsCode) : 0;
    if (position === undefined) throw new JsonStatError(`svaret innehåller inte tabellinnehållet ${contentsCode}`);
    fixed.set(id, position);
  }
  const values = dataset.value;
  if (values === undefined) throw new JsonStatError('svaret saknar värden');
  const result: Record<string, number> = {};
  for (const [code, timePosition] of categoryIndex(dimension[timeId] as JsonStatDimension | undefined)) {
    const match = /^(\d{4})M(0[1-9]|1[0-2])$/.exec(code);
    if (!match) throw new JsonStatError(`okänd tidskod '${code}'`);
    const offset = ids.reduce((sum, id, i) => sum + (id === timeId ? timePosition : fixed.get(id) ?? 0) * (strides[i] ?? 1), 0);
    const value = Array.isArray(values) ? values[offset] : values[String(offset)];
    if (value === null || value === undefined) continue; // not published yet
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new JsonStatError(`ogiltigt värde för ${code}`);
    result[`${match[1]}-${match[2]}`] = Math.round(value * 100) / 100;
  }
  return result;
}

/**
 * The index base a dataset's title names ('1980' for "… totalt, 1980=100 …"), when it names exactly one.
 * An answer for another series than the one asked for must never be merged into the table.
 */
export function datasetBase(body: unknown): string | undefined {
  const label = (findDataset(body) as { label?: unknown }).label;
  if (typeof label !== 'string') return undefined;
  const bases = [...new Set([...label.matchAll(/(\d{4})\s*=\s*100/g)].map((match) => match[1]!))];
  return bases.length === 1 ? bases[0] : undefined;
}

function findDataset(body: unknown): JsonStatDataset {
  if (typeof body !== 'object' || body === null) throw new JsonStatError('svaret är inte ett JSON-objekt');
  const record = body as Record<string, unknown>;
  if (record.class === 'dataset' || 'value' in record) return record as JsonStatDataset;
  const nested = record.dataset ?? Object.values(record)[0];
  if (typeof nested === 'object' && nested !== null && 'value' in nested) return nested as JsonStatDataset;
  throw new JsonStatError('svaret är inte i formatet json-stat');
}

function categoryIndex(dimension: JsonStatDimension | undefined): Map<string, number> {
  const index = dimension?.category?.index;
  if (Array.isArray(index)) return new Map(index.map((code, i) => [code, i]));
  if (index && typeof index === 'object') return new Map(Object.entries(index));
  throw new JsonStatError('en dimension saknar kategorier');
}
