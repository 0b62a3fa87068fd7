// Prose to scan: the Markdown files and the strings of iop.yaml, each with a way to turn an
// offset in its text into a Place the engine can report.
import { basename } from 'node:path';
import type { MarkdownSource, ValidArende } from '../../model.js';
import { locatePointer } from '../../load/yaml.js';
import type { Place } from '../types.js';

export interface ProseSegment {
  text: string;
  /** Where the text comes from, for messages: "avtal.md" or "/tjänsteutlåtande/godkännande". */
  label: string;
  place(offset: number, length: number): Place;
}

export function markdownSegment(source: MarkdownSource): ProseSegment {
  return {
    text: source.text.slice(source.bodyStart),
    label: basename(source.file),
    place: (offset, length) => ({ file: source, offset: source.bodyStart + offset, length }),
  };
}

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

type DataString = { pointer: string; value: string };

const stringsByData = new WeakMap<object, DataString[]>();

/** Every string in the data with its JSON pointer, in document order; computed once per ärende. */
export function dataStrings(value: unknown, pointer = ''): DataString[] {
  if (pointer === '' && value !== null && typeof value === 'object') {
    let cached = stringsByData.get(value);
    if (!cached) {
      cached = collectStrings(value, '', []);
      stringsByData.set(value, cached);
    }
    return cached;
  }
  return collectStrings(value, pointer, []);
}

function collectStrings(value: unknown, pointer: string, out: DataString[]): DataString[] {
  if (typeof value === 'string') out.push({ pointer, value });
  else if (Array.isArray(value)) value.forEach((item, index) => collectStrings(item, `${pointer}/${index}`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) collectStrings(item, `${pointer}/${escapeSegment(key)}`, out);
  }
  return out;
}

/**
 * A string of iop.yaml as prose. When the source shows the string verbatim (plain or quoted on one
 * line), offsets map to its exact line and column; otherwise problems point at the whole value.
 * The source is only searched when a problem is reported, which is rare.
 */
export function dataSegment(arende: ValidArende, pointer: string, value: string): ProseSegment {
  return {
    text: value,
    label: pointer,
    place: (offset, length) => {
      const range = locatePointer(arende.yaml, pointer);
      const index = arende.yaml.text.slice(range.start, range.end).indexOf(value);
      if (index < 0) return { path: pointer };
      const file: MarkdownSource = { file: arende.yaml.file, text: arende.yaml.text, lineStarts: arende.yaml.lineStarts, bodyStart: 0 };
      return { file, offset: range.start + index + offset, length, path: pointer };
    },
  };
}

/** The data strings under the given pointer prefixes, as segments. */
export function dataSegments(arende: ValidArende, prefixes: string[]): ProseSegment[] {
  return dataStrings(arende.data)
    .filter(({ pointer }) => prefixes.some((prefix) => pointer === prefix || pointer.startsWith(prefix + '/')))
    .map(({ pointer, value }) => dataSegment(arende, pointer, value));
}
