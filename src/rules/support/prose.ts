// Prose to scan: the Markdown files and the strings of iop.yaml, each with a way to turn an
// offset in its text into a Place the engine can report.
import { basename } from 'node:path';
import type { MarkdownSource, ValidArende } from '../../model.js';
import { locatePointer } from '../../load/yaml.js';
import { maskTemplates } from '../../text/templates.js';
import type { Place } from '../types.js';

export interface ProseSegment {
  text: string;
  /** Where the text comes from, for messages: "avtal.md" or "/tjänsteutlåtande/godkännande". */
  label: string;
  place(offset: number, length: number): Place;
}

const markdownSegments = new WeakMap<MarkdownSource, ProseSegment>();

/** A Markdown file's body as a segment; one per file, so what is derived from it is derived once. */
export function markdownSegment(source: MarkdownSource): ProseSegment {
  let segment = markdownSegments.get(source);
  if (!segment) {
    segment = {
      text: source.text.slice(source.bodyStart),
      label: basename(source.file),
      place: (offset, length) => ({ file: source, offset: source.bodyStart + offset, length }),
    };
    markdownSegments.set(source, segment);
  }
  return segment;
}

const maskedTexts = new WeakMap<ProseSegment, string>();

/** The segment's text with its {{…}} expressions masked (maskTemplates), computed once per segment. */
export function maskedText(segment: ProseSegment): string {
  let masked = maskedTexts.get(segment);
  if (masked === undefined) {
    masked = maskTemplates(segment.text);
    maskedTexts.set(segment, masked);
  }
  return masked;
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

const segmentsByArende = new WeakMap<ValidArende, ProseSegment[]>();

/** Every string of the data as a segment, in document order; made once per ärende. */
export function allDataSegments(arende: ValidArende): ProseSegment[] {
  let segments = segmentsByArende.get(arende);
  if (!segments) {
    segments = dataStrings(arende.data).map(({ pointer, value }) => dataSegment(arende, pointer, value));
    segmentsByArende.set(arende, segments);
  }
  return segments;
}

/** True when `pointer` is `prefix` or lies under it. */
export function isUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || (pointer.startsWith(prefix) && pointer.charCodeAt(prefix.length) === 47);
}

/** The data strings under the given pointer prefixes, as segments. */
export function dataSegments(arende: ValidArende, prefixes: string[]): ProseSegment[] {
  return allDataSegments(arende).filter(({ label }) => prefixes.some((prefix) => isUnder(label, prefix)));
}
