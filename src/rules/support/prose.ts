// Prose to scan: the Markdown files and the strings of iop.yaml, each with a way to turn an
// offset in its text into a Place the engine can report.
import { basename } from 'node:path';
import type { MarkdownSource, ValidArende } from '../../model.js';
import { locatePointer } from '../../load/yaml.js';
import { maskTemplates, scanTemplates, type TemplateExpression } from '../../text/templates.js';
import type { Place } from '../types.js';
import { allMatches, guardedMatches } from './scan.js';
import { derivedOn } from '../../derived.js';

export interface ProseSegment {
  text: string;
  /** Where the text comes from, for messages: "avtal.md" or "/tjänsteutlåtande/godkännande". */
  label: string;
  place(offset: number, length: number): Place;
}

const SEGMENT = Symbol('iop.prose.segment');
const PROSE = Symbol('iop.prose.data');

/** A Markdown file's body as a segment; one per file, so what is derived from it is derived once. */
export function markdownSegment(source: MarkdownSource): ProseSegment {
  return derivedOn(source, SEGMENT, () => ({
    text: source.text.slice(source.bodyStart),
    label: basename(source.file),
    place: (offset, length) => ({ file: source, offset: source.bodyStart + offset, length }),
  }));
}

/** A segment as prose.ts makes it, with what is derived from its text kept on it. */
interface MadeSegment extends ProseSegment {
  expressions?: readonly TemplateExpression[];
  masked?: string;
}

/** The segment's {{…}} expressions (scanTemplates), found once per segment; not to be changed. */
export function templateExpressions(segment: ProseSegment): readonly TemplateExpression[] {
  const made = segment as MadeSegment;
  made.expressions ??= scanTemplates(segment.text);
  return made.expressions;
}

/** The segment's text with its {{…}} expressions masked (maskTemplates), computed once per segment. */
export function maskedText(segment: ProseSegment): string {
  const made = segment as MadeSegment;
  made.masked ??= segment.text.includes('{{') ? maskTemplates(segment.text, templateExpressions(segment)) : segment.text;
  return made.masked;
}

function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

/** Every string in `value` as a segment of `arende`, with its JSON pointer, in document order. */
function collectSegments(arende: ValidArende, value: unknown, pointer: string, out: ProseSegment[]): ProseSegment[] {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) visitChild(arende, value[index], pointer, String(index), out);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) visitChild(arende, record[key], pointer, escapeSegment(key), out);
  }
  return out;
}

/** A child of a list or map: a string becomes a segment, a list or map is searched; anything else has no prose (and needs no pointer). */
function visitChild(arende: ValidArende, child: unknown, pointer: string, segment: string, out: ProseSegment[]): void {
  if (typeof child === 'string') out.push(new DataSegment(arende, `${pointer}/${segment}`, child));
  else if (child !== null && typeof child === 'object') collectSegments(arende, child, `${pointer}/${segment}`, out);
}

/**
 * A string of iop.yaml as prose. When the source shows the string verbatim (plain or quoted on one
 * line), offsets map to its exact line and column; otherwise problems point at the whole value.
 * The source is only searched when a problem is reported, which is rare. A class, not an object with
 * a closure: an ärende has hundreds of strings, and each is made into a segment.
 */
class DataSegment implements MadeSegment {
  expressions?: readonly TemplateExpression[];
  masked?: string;

  constructor(
    private readonly arende: ValidArende,
    readonly label: string,
    readonly text: string,
  ) {}

  place(offset: number, length: number): Place {
    const { yaml } = this.arende;
    const range = locatePointer(yaml, this.label);
    const index = yaml.text.slice(range.start, range.end).indexOf(this.text);
    if (index < 0) return { path: this.label };
    const file: MarkdownSource = { file: yaml.file, text: yaml.text, lineStarts: yaml.lineStarts, bodyStart: 0 };
    return { file, offset: range.start + index + offset, length, path: this.label };
  }
}

/** A string of iop.yaml at `pointer` as prose (see DataSegment). */
export function dataSegment(arende: ValidArende, pointer: string, value: string): ProseSegment {
  return new DataSegment(arende, pointer, value);
}

/** The strings of an ärende's data as segments, and their texts joined to search them all at once. */
interface DataProse {
  segments: ProseSegment[];
  members: Set<ProseSegment>;
  /** For each prefix asked for, where its strings lie in `segments` (they stand together). */
  ranges: Map<string, { from: number; to: number }>;
  /** Where the strings under each top-level key lie (topLevelRanges), once asked for. */
  topLevel?: Map<string, { from: number; to: number }>;
  /** The texts joined by line breaks, and where each begins. */
  joined?: { text: string; starts: number[] };
}

function dataProse(arende: ValidArende): DataProse {
  return derivedOn(arende, PROSE, (): DataProse => {
    const segments = collectSegments(arende, arende.data, '', []);
    return { segments, members: new Set(segments), ranges: new Map() };
  });
}

/** Every string of the data as a segment, in document order; made once per ärende. */
export function allDataSegments(arende: ValidArende): ProseSegment[] {
  return dataProse(arende).segments;
}

/**
 * A test that spares a rule the strings of iop.yaml that cannot hold what it looks for: true for a
 * segment of allDataSegments (or dataSegments) in whose text `pattern` finds no match, false for
 * any other segment. The strings are searched together, joined by line breaks, in one pass: so
 * `pattern` (global) must match no line break, and its assertions must hold beside a line break
 * exactly when they hold at the start or end of a text (as \b and "no letter before" do; ^ and $
 * do not). With `guard`, a match counts only where the sticky assertion holds (see guardedMatches).
 */
export function dataWithout(arende: ValidArende, pattern: RegExp, guard?: RegExp): (segment: ProseSegment) => boolean {
  const prose = dataProse(arende);
  prose.joined ??= joinTexts(prose.segments);
  const { text, starts } = prose.joined;
  const holding = new Set<ProseSegment>();
  const matches = guard ? guardedMatches(text, pattern, guard) : allMatches(text, pattern);
  for (const match of matches) holding.add(prose.segments[segmentAt(starts, match.index)]!);
  return (segment) => prose.members.has(segment) && !holding.has(segment);
}

function joinTexts(segments: readonly ProseSegment[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let length = 0;
  for (const segment of segments) {
    starts.push(length);
    length += segment.text.length + 1;
  }
  return { text: segments.map((segment) => segment.text).join('\n'), starts };
}

/** The index of the segment that holds `offset`: the last that starts at or before it. */
function segmentAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** True when `pointer` is `prefix` or lies under it. */
export function isUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || (pointer.startsWith(prefix) && pointer.charCodeAt(prefix.length) === 47);
}

/**
 * The data strings under the given pointer prefixes, as segments in document order. The strings
 * under a pointer stand together in the list (it is made depth first), so each prefix is found once
 * per ärende, by a search that stops where its strings end.
 */
export function dataSegments(arende: ValidArende, prefixes: string[]): ProseSegment[] {
  const prose = dataProse(arende);
  const ranges = prefixes.map((prefix) => rangeUnder(prose, prefix)).sort((a, b) => a.from - b.from);
  const segments: ProseSegment[] = [];
  let next = 0;
  for (const { from, to } of ranges) {
    for (let index = Math.max(from, next); index < to; index++) segments.push(prose.segments[index]!);
    next = Math.max(next, to);
  }
  return segments;
}

/** The data strings under none of the given pointer prefixes, as segments in document order. */
export function dataSegmentsOutside(arende: ValidArende, prefixes: string[]): ProseSegment[] {
  const prose = dataProse(arende);
  const excluded = prefixes.map((prefix) => rangeUnder(prose, prefix));
  return prose.segments.filter((_, index) => !excluded.some(({ from, to }) => index >= from && index < to));
}

function rangeUnder(prose: DataProse, prefix: string): { from: number; to: number } {
  let range = prose.ranges.get(prefix);
  if (!range) {
    const { segments } = prose;
    // Only the strings under the prefix's top-level key are searched (see topLevelRanges).
    const top = (prose.topLevel ??= topLevelRanges(segments)).get(topLevelKey(prefix));
    let from = top?.from ?? segments.length;
    const end = top?.to ?? segments.length;
    while (from < end && !isUnder(segments[from]!.label, prefix)) from++;
    let to = from;
    while (to < end && isUnder(segments[to]!.label, prefix)) to++;
    range = { from, to };
    prose.ranges.set(prefix, range);
  }
  return range;
}

/** The top-level key a pointer lies under: "/parter" for "/parter/0/namn". */
function topLevelKey(pointer: string): string {
  const slash = pointer.indexOf('/', 1);
  return slash < 0 ? pointer : pointer.slice(0, slash);
}

/** Where the strings under each top-level key ("/parter") lie in `segments`, found in one pass. */
function topLevelRanges(segments: readonly ProseSegment[]): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  let current: { key: string; range: { from: number; to: number } } | undefined;
  segments.forEach(({ label }, index) => {
    if (current && isUnder(label, current.key)) {
      current.range.to = index + 1;
      return;
    }
    current = { key: topLevelKey(label), range: { from: index, to: index + 1 } };
    ranges.set(current.key, current.range);
  });
  return ranges;
}
