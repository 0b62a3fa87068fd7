// Page numbers for the table of contents, read from the bookmarks of a first rendering.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
}

function text(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return '';
}

export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** The bookmarks Chromium made from the headings, in document order. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const entries: OutlineEntry[] = [];
  const walk = (item: PDFDict | undefined, depth: number): void => {
    // Bounded: a malformed outline must not loop forever.
    for (let guard = 0; item && guard < 10_000 && depth < 20; guard++) {
      const dest = item.lookup(PDFName.of('Dest'));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
      if (page !== undefined) entries.push({ title: normalizeTitle(text(item.lookup(PDFName.of('Title')))), page });
      walk(item.lookup(PDFName.of('First')) as PDFDict | undefined, depth + 1);
      item = item.lookup(PDFName.of('Next')) as PDFDict | undefined;
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')) as PDFDict | undefined, 0);
  return entries;
}

/** The id of every heading (h1–h6) in the HTML, in document order ('' for a heading without id). */
export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b([^>]*)>/g)].map((m) => /\bid="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '');
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Page numbers for the headings in the table of contents. Chromium makes one bookmark per heading
 * in document order, so the n-th bookmark is the n-th heading; its titles are not reliable (a heading
 * at a page break can come out doubled), so titles are only the fallback when the counts differ.
 */
export function assignPages(toc: Array<{ id: string; title: string }>, html: string, outline: OutlineEntry[]): Array<number | undefined> {
  const ids = headingIds(html);
  if (ids.length === outline.length) {
    const pageById = new Map(ids.map((id, i) => [id, outline[i]?.page]));
    return toc.map((entry) => pageById.get(entry.id));
  }
  let cursor = 0;
  return toc.map(({ title }) => {
    const wanted = squash(title);
    for (let i = cursor; i < outline.length; i++) {
      const got = squash(outline[i]?.title ?? '');
      if (got === wanted || got.startsWith(wanted) || got.endsWith(wanted)) {
        cursor = i + 1;
        return outline[i]?.page;
      }
    }
    return undefined;
  });
}
