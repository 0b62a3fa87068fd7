// HTML → PDF in Chromium, with the table of contents' page numbers filled in from a first rendering.
import type { Page } from 'puppeteer-core';
import type { RenderedDocument } from './document.js';
import { assignPages, readOutline } from './toc.js';

const PRINT_TIMEOUT = 120_000;

/** One rendering: set the document as content (no navigation, no network) and print it. */
export async function printPdf(page: Page, doc: RenderedDocument, timeout = PRINT_TIMEOUT): Promise<Uint8Array> {
  await page.setContent(doc.html, { waitUntil: 'load', timeout });
  return page.pdf({
    preferCSSPageSize: true,
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: doc.headerTemplate,
    footerTemplate: doc.footerTemplate,
    tagged: true,
    outline: true,
    timeout,
  });
}

export interface PrintedDocument {
  doc: RenderedDocument;
  pdf: Uint8Array;
  passes: number;
}

/**
 * Prints, reads where the headings fell from the PDF's bookmarks, and prints again with those
 * page numbers in the table of contents, until they stop moving (at most three passes).
 */
export async function printWithToc(
  page: Page,
  make: (tocPages: Array<number | undefined>) => RenderedDocument,
  timeout = PRINT_TIMEOUT,
  guess?: Array<number | undefined>,
): Promise<PrintedDocument> {
  // A guess (the page numbers of the previous build) is printed at once and kept only if the
  // print's own bookmarks confirm it: a rebuild then needs one pass, and gives the same bytes.
  let pages: Array<number | undefined> = guess ?? [];
  let doc = make(pages);
  let pdf = await printPdf(page, doc, timeout);
  if (doc.toc.length === 0) return { doc, pdf, passes: 1 };
  for (let pass = 2; pass <= 3; pass++) {
    const found = assignPages(doc.toc, doc.html, await readOutline(pdf));
    if (pages.length > 0 && found.length === pages.length && found.every((p, i) => p === pages[i])) return { doc, pdf, passes: pass - 1 };
    pages = found;
    doc = make(pages);
    pdf = await printPdf(page, doc, timeout);
  }
  return { doc, pdf, passes: 3 };
}
