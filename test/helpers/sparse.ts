// Agreements that leave out what the examples state: the key paths of a data object, and a copy of
// the data without some of them. test/property/sparse-agreements.test.ts renders such agreements,
// test/property/sparse-outputs.test.ts prints their deadlines and extensions.
import type { IopData } from '../../src/model.js';

/** Every key of every object in the data, as a path of keys and indexes; deeper paths after their parents. */
export function keyPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [[...path, key], ...keyPaths(child, [...path, key])]);
}

/** The data without the keys at these paths. */
export function without(data: IopData, paths: Array<Array<string | number>>): IopData {
  const copy = structuredClone(data) as unknown as Record<string, unknown>;
  for (const path of paths) {
    let node: unknown = copy;
    for (const step of path.slice(0, -1)) node = node === null || typeof node !== 'object' ? undefined : (node as Record<string | number, unknown>)[step];
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) delete (node as Record<string, unknown>)[String(path.at(-1))];
  }
  return copy as unknown as IopData;
}
