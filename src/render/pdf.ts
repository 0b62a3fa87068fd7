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
export const HEADINGS_ONLY_CSS = 'body *{visibility:hidden!important}h1,h2,h3,h4,h5,h6,h1 *,h2 *,h3 *,h4 *,h5 *,h6 *{visibility:visible!important}';

/** Sets the document as the page's content: no navigation, no network. */
async function load(page: Page, doc: RenderedDocument, timeout: number): Promise<void> {
  mark(`${doc.kind}: laddas`);
  takeNavigation(page);
  try {
    await page.setContent(withPolicy(doc.html), { waitUntil: 'load', timeout });
  } catch (error) {
    throw leftOrError(page, error);
  }
}

/** A page that went elsewhere fails in many ways (a detached frame, a lost context): say why. */
function leftOrError(page: Page, error: unknown): unknown {
  const left = takeNavigation(page);
  return left === undefined ? error : new NavigationAttempt(left);
}

/**
 * Prints the document the page holds. A print that only measures leaves out the running header and
 * footer, which sit in the page margins and move nothing.
 */
async function printLoaded(page: Page, doc: RenderedDocument, timeout: number, measureOnly: boolean): Promise<Uint8Array> {
  mark(`${doc.kind}: skrivs ut${measureOnly ? ' för mätning' : ''}`);
  let pdf: Uint8Array;
  try {
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
    throw leftOrError(page, error);
  }
  const left = takeNavigation(page);
  if (left !== undefined) throw new NavigationAttempt(left);
  return pdf;
}

const MEASURING_STYLE = 'iop-matning';

/**
 * Prints the loaded document painting only its headings (HEADINGS_ONLY_CSS, added for this print and
 * removed after it): the same layout, with almost nothing to draw or embed.
 */
async function printHeadingsOnly(page: Page, doc: RenderedDocument, timeout: number): Promise<Uint8Array> {
  await page.evaluate(
    (id, text) => {
      const style = document.createElement('style');
      style.id = id;
      style.textContent = text;
      document.head.append(style);
    },
    MEASURING_STYLE,
    HEADINGS_ONLY_CSS,
  );
  try {
    return await printLoaded(page, doc, timeout, true);
  } finally {
    await page.evaluate((id) => document.getElementById(id)?.remove(), MEASURING_STYLE).catch(() => undefined);
  }
}

/** Where a table of contents prints a page number: the HTML of each such element, in order. */
const PAGE_NUMBER = /<span class="sida">([^<]*)<\/span>/g;

/**
 * The new contents of the table of contents' page-number elements, when they are all that differs
 * between the two documents: the page can then be brought up to date in place instead of being
 * loaded again. Undefined for any other difference (or a layout that writes its numbers otherwise).
 */
export function pageNumberPatch(from: string, to: string): { before: string[]; after: string[] } | undefined {
  const before = [...from.matchAll(PAGE_NUMBER)].map((m) => m[1]!);
  const after = [...to.matchAll(PAGE_NUMBER)].map((m) => m[1]!);
  if (before.length === 0 || before.length !== after.length) return undefined;
  let i = 0;
  const patched = from.replace(PAGE_NUMBER, () => `<span class="sida">${after[i++]}</span>`);
  return patched === to ? { before, after } : undefined;
}

/**
 * Brings the loaded document `from` up to `to` (which differs only in its page numbers, if at all),
 * in place when the page shows exactly the numbers expected, otherwise by loading `to` afresh.
 * Returns whether it was loaded again.
 */
async function update(page: Page, from: RenderedDocument, to: RenderedDocument, timeout: number): Promise<boolean> {
  if (from.html === to.html) return false;
  const patch = pageNumberPatch(from.html, to.html);
  const patched =
    patch !== undefined &&
    (await page.evaluate(
      (before, after) => {
        const spans = Array.from(document.querySelectorAll('span.sida'));
        const parse = document.createElement('template');
        const textOf = (html: string): string => {
          parse.innerHTML = html;
          return parse.content.textContent ?? '';
        };
        if (spans.length !== before.length || spans.some((span, i) => span.children.length > 0 || span.textContent !== textOf(before[i]!))) return false;
        spans.forEach((span, i) => (span.innerHTML = after[i]!));
        return true;
      },
      patch.before,
      patch.after,
    ));
  if (patched) {
    mark(`${to.kind}: sidnummer insatta`);
    return false;
  }
  await load(page, to, timeout);
  return true;
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

/** Loads the printed bytes with pdf-lib (which loads while the print runs, if not before). */
async function loaded(printing: Promise<Uint8Array>): Promise<PDFDocument> {
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

/** A full print of the loaded document, loaded again and printed again (at most twice) when the header's font was not ready in time. */
async function printFull(page: Page, doc: RenderedDocument, timeout: number): Promise<{ pdf: PDFDocument; reloads: number }> {
  for (let attempt = 1; ; attempt++) {
    if (attempt > 1) await load(page, doc, timeout);
    const pdf = await loaded(printLoaded(page, doc, timeout, false));
    if (attempt === HEADER_FONT_ATTEMPTS || !(await headerFontMissing(doc, pdf))) return { pdf, reloads: attempt - 1 };
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
  /** How many times the document was set as the page's content: 1 unless a number could not be written in place or a print was repeated. */
  loads: number;
}

function samePages(a: Array<number | undefined>, b: Array<number | undefined>): boolean {
  return a.length === b.length && a.every((page, i) => page === b[i]);
}

/** Where the headings of the table of contents fall in the loaded document, from a print that paints only the headings. */
async function measurePages(page: Page, doc: RenderedDocument, timeout: number): Promise<Array<number | undefined>> {
  const printed = await loaded(printHeadingsOnly(page, doc, timeout));
  const { outlineOf } = await loadPdfReader();
  return assignPages(doc.toc, doc.html, outlineOf(printed));
}

/**
 * Prints once in full, with the table of contents' page numbers either guessed (those of the
 * previous build) or measured by a headings-only print of the same loaded document. The full
 * print's own bookmarks must confirm them; if they moved, it prints again with the numbers found
 * (at most three times). The numbers are written into the loaded page when they are all that
 * changes; the document is loaded once.
 */
export async function printWithToc(
  page: Page,
  make: (tocPages: Array<number | undefined>) => RenderedDocument,
  timeout = PRINT_TIMEOUT,
  guess?: Array<number | undefined>,
): Promise<PrintedDocument> {
  let doc = make(guess ?? []);
  let pages = guess;
  let measured = 0;
  let loads = 1;
  await load(page, doc, timeout);
  if (doc.toc.length > 0 && pages === undefined) {
    pages = await measurePages(page, doc, timeout);
    measured = 1;
    mark(`${doc.kind}: sidnummer för innehållsförteckningen uppmätta`);
    const numbered = make(pages);
    if (await update(page, doc, numbered, timeout)) loads++;
    doc = numbered;
  }
  for (let pass = 1; ; pass++) {
    const { pdf, reloads } = await printFull(page, doc, timeout);
    loads += reloads;
    if (doc.toc.length === 0) return { doc, pdf, passes: pass, measured, loads };
    const { outlineOf } = await loadPdfReader();
    const found = assignPages(doc.toc, doc.html, outlineOf(pdf));
    if (samePages(found, pages ?? []) || pass === 3) return { doc, pdf, passes: pass, measured, loads };
    pages = found;
    const numbered = make(pages);
    if (await update(page, doc, numbered, timeout)) loads++;
    doc = numbered;
  }
}
