// SCB's open PxWeb API: the query for a KPI table and a parser for its json-stat answer.
import type { KpiSerie } from './table.js';

export interface ScbTable {
  url: string;
  contentsCode: string;
}

/** Table and contents code per series (domain.md §6). The 2020 code is read from SCB's table page. */
export const SCB_TABLES: Record<KpiSerie, ScbTable> = {
  '1980': { url: 'https://api.scb.se/OV0104/v1/doris/sv/ssd/START/PR/PR0101/PR0101A/KPItotM', contentsCode: '000004VU' },
  '2020': { url: 'https://api.scb.se/OV0104/v1/doris/sv/ssd/START/PR/PR0101/PR0101A/KPI2020M', contentsCode: '00000808' },
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
