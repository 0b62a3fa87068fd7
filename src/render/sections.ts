// Splits prose into sections at its top headings and places the generated blocks in the right ones.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { hastToHtml } from './markdown.js';

export interface Section {
  titel?: string;
  /** Rendered prose of the section (without its heading). */
  html: string;
  /** Names of partials rendered after the prose, in order. */
  block: Array<{ partial: string }>;
  generated: boolean;
  id?: string;
  nr?: number;
  /** Set on generated sections: their place in the usual order. */
  rank?: number;
}

export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Array<RootContent>).map(textOf).join('');
  return '';
}

function isTopHeading(node: RootContent): node is Element {
  return node.type === 'element' && (node.tagName === 'h1' || node.tagName === 'h2');
}

/** Prose before the first heading becomes a section without title. */
export function splitSections(root: Root): Section[] {
  const sections: Section[] = [];
  let current: { titel?: string; nodes: RootContent[] } = { nodes: [] };
  const flush = (): void => {
    const html = hastToHtml({ type: 'root', children: current.nodes }).trim();
    if (current.titel !== undefined || html !== '') sections.push({ titel: current.titel, html, block: [], generated: false });
  };
  for (const node of root.children) {
    if (isTopHeading(node)) {
      flush();
      current = { titel: textOf(node).trim(), nodes: [] };
    } else current.nodes.push(node);
  }
  flush();
  return sections;
}

/** A whole word, with Swedish letters counted as letters (\b does not know "å"). */
function word(stem: string, suffix = ''): RegExp {
  return new RegExp(`(^|[^\\p{L}])${stem}${suffix}([^\\p{L}]|$)`, 'iu');
}

export interface BlockRule {
  partial: string;
  /** Headings of prose sections this block belongs in. */
  match: RegExp;
  /** Where the block goes when no prose section matches: its place in the usual order of an agreement. */
  rank: number;
  titel: string;
}

/** The usual order of an agreement's sections (domain.md §2), by words in their headings. */
const RANKS: Array<[RegExp, number]> = [
  [/bakgrund|förutsättningar/iu, 1],
  [word('syfte'), 2],
  [/parter|organisation|styrgrupp|styrning/iu, 3],
  [word('mål', '(en)?'), 4],
  [/åtagande|insatser/iu, 5],
  [/uppföljning|utvärdering|rapport/iu, 6],
  [/finansiering|ekonomi|betalning|fakturering/iu, 7],
  [/giltighetstid|avtalstid|löptid|förlängning|uppsägning/iu, 8],
  [/ändring|tillägg|omförhandling|hävning|tvist|sekretess|offentlighet|överlåtelse/iu, 9],
  [/^bilagor$/iu, 10],
];

export function rankOf(titel: string): number | undefined {
  const ranks = RANKS.filter(([pattern]) => pattern.test(titel)).map(([, rank]) => rank);
  return ranks.length > 0 ? Math.max(...ranks) : undefined;
}

export const AVTAL_BLOCKS: BlockRule[] = [
  { partial: 'organisation', match: /organisation|styrgrupp|styrning/iu, rank: 3, titel: 'Organisation och styrning' },
  { partial: 'mal', match: word('mål', '(en)?'), rank: 4, titel: 'Mål och indikatorer' },
  { partial: 'ataganden', match: /åtagande|insatser/iu, rank: 5, titel: 'Parternas åtaganden' },
  { partial: 'finansiering', match: /finansiering|ekonomi/iu, rank: 7, titel: 'Finansiering' },
  { partial: 'fakturering', match: /fakturering|betalning/iu, rank: 7, titel: 'Fakturering och betalningsvillkor' },
  { partial: 'avtalstid', match: /giltighetstid|avtalstid|löptid/iu, rank: 8, titel: 'Avtalstid, förlängning och uppsägning' },
  { partial: 'bilagor', match: /^bilagor$/iu, rank: 10, titel: 'Bilagor' },
];

/**
 * Puts each wanted block at the end of the first prose section whose heading matches it; a block
 * with no such section gets its own, before the first prose section that usually comes later.
 */
export function placeBlocks(sections: Section[], rules: BlockRule[], wanted: Set<string>): Section[] {
  const out = [...sections];
  for (const rule of rules) {
    if (!wanted.has(rule.partial)) continue;
    const home = out.find((s) => s.titel !== undefined && rule.match.test(s.titel));
    if (home) {
      home.block.push({ partial: rule.partial });
      continue;
    }
    // Blocks of the same rank share a generated section (finansiering and fakturering).
    const sibling = out.find((s) => s.generated && s.rank === rule.rank);
    if (sibling) {
      sibling.block.push({ partial: rule.partial });
      sibling.titel = rule.partial === 'fakturering' ? 'Finansiering och betalningsvillkor' : sibling.titel;
      continue;
    }
    const section: Section = { titel: rule.titel, html: '', block: [{ partial: rule.partial }], generated: true, rank: rule.rank };
    const before = out.findIndex((s) => {
      const rank = s.generated ? s.rank : s.titel !== undefined ? rankOf(s.titel) : undefined;
      return rank !== undefined && rank > rule.rank;
    });
    if (before === -1) out.push(section);
    else out.splice(before, 0, section);
  }
  return out;
}
