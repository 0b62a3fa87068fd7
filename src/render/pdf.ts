// HTML → PDF in Chromium, with the table of contents' page numbers found before the one full print.
import type { PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import type { RenderedDocument } from './document.js';
import { headerFontCss, headerFontName } from './fonts.js';
import { takeNavigation } from './browser.js';
import { withPolicy } from './policy.js';
import { mark } from './timing.js';
import { assignPages } from './toc.js';

const PRINT_TIMEOUT = 120_000;

/**
 * Paints nothing but the headings. Hidden boxes keep their size, so every heading falls on the
 * same page as in the full print, while the print has almost nothing to draw or embed.
 */
const HEADINGS_ONLY = '<style>body *{visibility:hidden!important}h1,h2,h3,h4,h5,h6,h1 *,h2 *,h3 *,h4 *,h5 *,h6 *{visibility:visible!important}</style>';

export function headingsOnly(html: string): string {
  const head = html.search(/<\/head>/i);
  return head === -1 ? HEADINGS_ONLY + html : html.slice(0, head) + HEADINGS_ONLY + html.slice(head);
}

/**
 * One rendering: set the document as content (no navigation, no network) and print it. A print
 * that only measures paints just the headings and leaves out the running header and footer, which
 * sit in the page margins and move nothing.
 */
export async function printPdf(page: Page, doc: RenderedDocument, timeout = PRINT_TIMEOUT, measureOnly = false): Promise<Uint8Array> {
  mark(`${doc.kind}: laddas${measureOnly ? ' för mätning' : ''}`);
  takeNavigation(page);
  let pdf: Uint8Array;
  try {
    await page.setContent(withPolicy(measureOnly ? headingsOnly(doc.html) : doc.html), { waitUntil: 'load', timeout });
    mark(`${doc.kind}: skrivs ut${measureOnly ? ' för mätning' : ''}`);
    pdf = await page.pdf({
      preferCSSPageSize: true,
      format: 'A4',
      printBackground: true,
      ...(measureOnly ? {} : { displayHeaderFooter: true, headerTemplate: doc.headerTemplate, footerTemplate: doc.footerTemplate }),
      tagged: true,
      outline: true,
      timeout,
    });
  } catch (error) {
    // A page that went elsewhere fails in many ways (a detached frame, a lost context): say why.
    const left = takeNavigation(page);
    throw left === undefined ? error : new NavigationAttempt(left);
  }
  const left = takeNavigation(page);
  if (left !== undefined) throw new NavigationAttempt(left);
  return pdf;
}

/** The printed page tried to go elsewhere (the request was blocked): what was printed cannot be trusted. */
export class NavigationAttempt extends Error {
  constructor(readonly url: string) {
    super(`navigation to ${url}`);
    this.name = 'NavigationAttempt';
  }
}

let outlineModule: Promise<typeof import('./outline.js')> | undefined;

/** pdf-lib and what reads the printed PDFs: large, so loaded only when about to be needed. */
export function loadPdfReader(): Promise<typeof import('./outline.js')> {
  return (outlineModule ??= import('./outline.js'));
}

/** Prints and loads the result with pdf-lib (which loads while the print runs, if not before). */
async function printAndLoad(page: Page, doc: RenderedDocument, timeout: number, measureOnly = false): Promise<PDFDocument> {
  const printing = printPdf(page, doc, timeout, measureOnly);
  printing.catch(() => undefined);
  const { loadPdf } = await loadPdfReader();
  return loadPdf(await printing);
}

/** Prints of one document in which a system font stood in for the header's own, before giving up. */
const HEADER_FONT_ATTEMPTS = 3;

/**
 * A print whose running header or footer, set in iop's header font, was drawn in a system font
 * instead: Chromium does not wait for the header's font (see fonts.ts). A repository's own header
 * without that font is never such a print.
 */
async function headerFontMissing(doc: RenderedDocument, pdf: PDFDocument): Promise<boolean> {
  const css = headerFontCss();
  if (!doc.headerTemplate.includes(css) && !doc.footerTemplate.includes(css)) return false;
  const { fontNames } = await loadPdfReader();
  return !fontNames(pdf).has(headerFontName());
}

/** A full print, printed again (at most twice) when the header's font was not ready in time. */
async function printFull(page: Page, doc: RenderedDocument, timeout: number): Promise<PDFDocument> {
  for (let attempt = 1; ; attempt++) {
    const pdf = await printAndLoad(page, doc, timeout);
    if (attempt === HEADER_FONT_ATTEMPTS || !(await headerFontMissing(doc, pdf))) return pdf;
    mark(`${doc.kind}: sidhuvudets typsnitt var inte klart; skrivs ut igen`);
  }
}

export interface PrintedDocument {
  doc: RenderedDocument;
  /** The final print, loaded for its metadata to be set. */
  pdf: PDFDocument;
  /** Full prints: 1, or more when the table of contents' page numbers moved the headings. */
  passes: number;
  /** Prints that only measured where the headings fall (0 or 1). */
  measured: number;
}

function samePages(a: Array<number | undefined>, b: Array<number | undefined>): boolean {
  return a.length === b.length && a.every((page, i) => page === b[i]);
}

/** Where the headings of the table of contents fall, from a print that paints only the headings. */
async function measurePages(page: Page, doc: RenderedDocument, timeout: number): Promise<Array<number | undefined>> {
  const printed = await printAndLoad(page, doc, timeout, true);
  const { outlineOf } = await loadPdfReader();
  return assignPages(doc.toc, doc.html, outlineOf(printed));
}

/**
 * Prints once in full, with the table of contents' page numbers either guessed (those of the
 * previous build) or measured by a headings-only print. The full print's own bookmarks must
 * confirm them; if they moved, it prints again with the numbers found (at most three times).
 * `onMeasured` is called when the full print is about to begin.
 */
export async function printWithToc(
  page: Page,
  make: (tocPages: Array<number | undefined>) => RenderedDocument,
  timeout = PRINT_TIMEOUT,
  guess?: Array<number | undefined>,
  onMeasured?: () => void,
): Promise<PrintedDocument> {
  let doc = make(guess ?? []);
  let pages = guess;
  let measured = 0;
  if (doc.toc.length > 0 && pages === undefined) {
    pages = await measurePages(page, doc, timeout);
    measured = 1;
    mark(`${doc.kind}: sidnummer för innehållsförteckningen uppmätta`);
    doc = make(pages);
  }
  onMeasured?.();
  for (let pass = 1; ; pass++) {
    const pdf = await printFull(page, doc, timeout);
    if (doc.toc.length === 0) return { doc, pdf, passes: pass, measured };
    const { outlineOf } = await loadPdfReader();
    const found = assignPages(doc.toc, doc.html, outlineOf(pdf));
    if (samePages(found, pages ?? []) || pass === 3) return { doc, pdf, passes: pass, measured };
    pages = found;
    doc = make(pages);
  }
}
