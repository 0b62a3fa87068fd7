// Reads a PDF as its reader sees it, with JavaScript only (Mozilla's pdf.js), so that the tests
// need nothing but Node: the text of each page in reading order, the page count, the document
// information and the link annotations. Every test that looks inside a PDF goes through here.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { fontNames, loadPdf } from '../../src/render/outline.js';

export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  /** The document says it is tagged (/MarkInfo /Marked true). */
  tagged: boolean;
}

export interface PdfLink {
  page: number;
  /** Where the link leads outside the document, also when pdf.js finds the address unsafe (javascript:). */
  url?: string;
  /** An internal link's destination, as the PDF names it. */
  dest?: unknown;
}

export interface Pdf {
  /** The text of each page: lines from top to bottom, each read left to right. */
  pages: string[];
  /** Every page's text, pages separated by a form feed. */
  text: string;
  info: PdfInfo;
  links: PdfLink[];
}

/** Text set on one baseline, left to right. */
interface Piece {
  x: number;
  y: number;
  end: number;
  size: number;
  str: string;
}

/**
 * A page's text items as lines: items on the same baseline (within a third of the font size) form
 * one line; a gap wider than a fifth of the font size between two items becomes a space, so that
 * words and table cells do not run together. Rotated text (a watermark) keeps its own line.
 */
function linesOf(items: TextItem[]): string[] {
  const upright: Piece[] = [];
  const rotated: string[] = [];
  for (const item of items) {
    if (item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0 || d! <= 0) {
      rotated.push(item.str);
      continue;
    }
    const size = Math.abs(d!);
    upright.push({ x: x!, y: y!, end: x! + item.width, size, str: item.str });
  }
  upright.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Piece[][] = [];
  for (const piece of upright) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - piece.y) <= Math.max(line[0]!.size, piece.size) / 3) line.push(piece);
    else lines.push([piece]);
  }
  const text = lines.map((line) => {
    line.sort((p, q) => p.x - q.x);
    let out = '';
    let end = -Infinity;
    for (const piece of line) {
      if (out !== '' && piece.x - end > piece.size / 5 && !/\s$/.test(out) && !/^\s/.test(piece.str)) out += ' ';
      out += piece.str;
      end = Math.max(end, piece.end);
    }
    return out.trimEnd();
  });
  if (rotated.length > 0) text.push(rotated.join(''));
  return text;
}

function infoOf(raw: Record<string, unknown>, marked: boolean): PdfInfo {
  const field = (name: string): string | undefined => (typeof raw[name] === 'string' ? (raw[name] as string) : undefined);
  return {
    title: field('Title'),
    author: field('Author'),
    subject: field('Subject'),
    keywords: field('Keywords'),
    creator: field('Creator'),
    producer: field('Producer'),
    tagged: marked,
  };
}

/** Reads `file`. Throws when it is not a whole PDF (a partial file does not open). */
export async function readPdf(file: string): Promise<Pdf> {
  const data = new Uint8Array(readFileSync(file));
  const document = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: true }).promise;
  try {
    const pages: string[] = [];
    const links: PdfLink[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.filter((item): item is TextItem => 'str' in item)).join('\n'));
      for (const annotation of (await page.getAnnotations()) as Array<{ subtype: string; url?: string; unsafeUrl?: string; dest?: unknown }>) {
        if (annotation.subtype === 'Link') links.push({ page: n, url: annotation.url ?? annotation.unsafeUrl, dest: annotation.dest });
      }
      page.cleanup();
    }
    const { info } = await document.getMetadata();
    const mark = (await document.getMarkInfo()) as { Marked?: boolean } | null;
    return { pages, text: pages.join('\f'), info: infoOf(info as Record<string, unknown>, mark?.Marked === true), links };
  } finally {
    await document.destroy();
  }
}

/**
 * The page count of a whole PDF; throws when `file` is not one. pdf.js repairs what it can, so a
 * file cut short must also fail the test that it ends with the end-of-file marker.
 */
export async function pageCount(file: string): Promise<number> {
  const bytes = readFileSync(file);
  if (!/%%EOF\s*$/.test(bytes.subarray(-32).toString('latin1'))) throw new Error(`${file} does not end with %%EOF: cut short`);
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, stopAtErrors: true }).promise;
  try {
    return document.numPages;
  } finally {
    await document.destroy();
  }
}

/** The names of the fonts embedded in `file` (without the subset tag "ABCDEF+"), read with pdf-lib as iop reads them. */
export async function embeddedFonts(file: string): Promise<string[]> {
  return [...fontNames(await loadPdf(readFileSync(file)))].sort();
}
