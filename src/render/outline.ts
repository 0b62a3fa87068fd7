// What iop reads in the PDFs Chromium printed, with pdf-lib (loaded only when a PDF is read): the
// bookmarks it made from the headings, and the fonts it embedded.
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { normalizeTitle, type OutlineEntry } from './toc.js';

/**
 * A printed PDF, loaded to be read and to have its metadata set. Parsed in one go: pdf-lib's
 * default pauses for a timer tick every hundred objects, which only adds waiting here.
 */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

function text(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return '';
}

/** The bookmarks Chromium made from the headings, in document order, of a PDF already loaded. */
export function outlineOf(doc: PDFDocument): OutlineEntry[] {
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


/** The names of the fonts embedded in a PDF, without their subset tag ("ABCDEF+"). */
export function fontNames(doc: PDFDocument): Set<string> {
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const base = object.get(PDFName.of('BaseFont'));
    if (base instanceof PDFName) names.add(base.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return names;
}
