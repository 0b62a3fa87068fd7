// Splits prose into sections at its top headings, and puts each generated block where the author
// placed its marker: a line `{{> finansiering}}` in avtal.md becomes the block at that very place.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { hastToHtml } from './markdown.js';

/** A piece of a section: rendered prose, or a generated block (the name of its partial). */
export type SectionPart = { html: string; block?: undefined } | { block: string; html?: undefined };

export interface Section {
  titel?: string;
  /** Prose and blocks in the order they stand. */
  parts: SectionPart[];
  /** The section's prose alone, for a repository's own template that does not know `parts`. */
  html: string;
  /** The section's blocks alone, likewise (such a template prints them after the prose). */
  block: Array<{ partial: string }>;
  generated: boolean;
  id?: string;
  nr?: number;
}

/**
 * What the prose's block partials expand to: a paragraph of its own holding a marker that no
 * author types (private-use characters), which the splitter below replaces by the block.
 */
const MARK = '\uE000';
const MARKER = /\uE000iop-block:([^\uE000]*)\uE000/gu;

export function blockMarker(name: string): string {
  return `\n${MARK}iop-block:${name}${MARK}\n\n`;
}

export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Array<RootContent>).map(textOf).join('');
  return '';
}

function isTopHeading(node: RootContent): node is Element {
  return node.type === 'element' && (node.tagName === 'h1' || node.tagName === 'h2');
}

/** Removes the markers inside a node and returns their block names, in order. */
function takeMarkers(node: Root | RootContent | ElementContent): string[] {
  if (node.type === 'text') {
    if (!node.value.includes(MARK)) return [];
    const names = [...node.value.matchAll(MARKER)].map((m) => m[1] ?? '');
    node.value = node.value.replace(MARKER, '');
    return names;
  }
  if ('children' in node) return (node.children as Array<RootContent>).flatMap(takeMarkers);
  return [];
}

export function section(titel: string | undefined, parts: SectionPart[], generated: boolean): Section {
  return {
    titel,
    parts,
    html: parts.flatMap((p) => (p.html !== undefined ? [p.html] : [])).join('\n'),
    block: parts.flatMap((p) => (p.block !== undefined ? [{ partial: p.block }] : [])),
    generated,
  };
}

/**
 * Prose before the first heading becomes a section without title. `place` decides for each marker
 * whether its block is printed there (not when it is unknown, without data, or already placed).
 */
export function splitSections(root: Root, place: (name: string) => boolean = () => false): Section[] {
  const sections: Section[] = [];
  let titel: string | undefined;
  let parts: SectionPart[] = [];
  let nodes: RootContent[] = [];
  const flushProse = (): void => {
    const html = hastToHtml({ type: 'root', children: nodes }).trim();
    if (html !== '') parts.push({ html });
    nodes = [];
  };
  const flush = (): void => {
    flushProse();
    if (titel !== undefined || parts.length > 0) sections.push(section(titel, parts, false));
    parts = [];
  };
  for (const node of root.children) {
    const names = takeMarkers(node);
    const markerOnly = names.length > 0 && node.type === 'element' && node.tagName === 'p' && textOf(node).trim() === '';
    if (isTopHeading(node)) {
      flush();
      titel = textOf(node).trim();
    } else if (!markerOnly) {
      // A marker inside other text: the text stays, the block follows it.
      nodes.push(node);
    }
    if (names.length === 0) continue;
    flushProse();
    for (const name of names) if (place(name)) parts.push({ block: name });
  }
  flush();
  return sections;
}
