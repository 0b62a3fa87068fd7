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

/** Every string in the data with its JSON pointer, in document order. */
export function dataStrings(value: unknown, pointer = ''): { pointer: string; value: string }[] {
  if (typeof value === 'string') return [{ pointer, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => dataStrings(item, `${pointer}/${index}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => dataStrings(item, `${pointer}/${escapeSegment(key)}`));
  }
  return [];
}

/**
 * A string of iop.yaml as prose. When the source shows the string verbatim (plain or quoted on one
 * line), offsets map to its exact line and column; otherwise problems point at the whole value.
 */
export function dataSegment(arende: ValidArende, pointer: string, value: string): ProseSegment {
  const range = locatePointer(arende.yaml, pointer);
  const raw = arende.yaml.text.slice(range.start, range.end);
  const index = raw.indexOf(value);
  const file: MarkdownSource = { file: arende.yaml.file, text: arende.yaml.text, lineStarts: arende.yaml.lineStarts, bodyStart: 0 };
  return {
    text: value,
    label: pointer,
    place: index >= 0 ? (offset, length) => ({ file, offset: range.start + index + offset, length, path: pointer }) : () => ({ path: pointer }),
  };
}

/** The data strings under the given pointer prefixes, as segments. */
export function dataSegments(arende: ValidArende, prefixes: string[]): ProseSegment[] {
  return dataStrings(arende.data)
    .filter(({ pointer }) => prefixes.some((prefix) => pointer === prefix || pointer.startsWith(prefix + '/')))
    .map(({ pointer, value }) => dataSegment(arende, pointer, value));
}
