// HTML → PDF in Chromium, with the table of contents' page numbers found before the one full print.
import type { Page } from 'puppeteer-core';
import { searchableHtml, type RenderedDocument } from './document.js';
import type { Manifest } from './manifest.js';
import type { PdfMetadata } from './metadata.js';
import { inlineReader, type PrintReader } from './print-reader.js';
import { headerFontCss, headerFontName, withoutHeaderFontFace } from './fonts.js';
import { hasSystemHeaderFont, printsMarginBoxesIn, takeNavigation } from './browser.js';
import { setRenderedDocument } from './page-content.js';
import { mark } from './timing.js';
import { assignPages } from './toc.js';
import { headingPagesFromLayout, type LayoutGuessRecord } from './layout-pages.js';

const PRINT_TIMEOUT = 120_000;

/**
 * Paints nothing but the headings. Hidden boxes keep their size, so every heading falls on the
 * same page as in the full print, while the print has almost nothing to draw or embed.
 */
const HEADINGS_ONLY_CSS = 'body *{visibility:hidden!important}h1,h2,h3,h4,h5,h6,h1 *,h2 *,h3 *,h4 *,h5 *,h6 *{visibility:visible!important}';

/** Whether the document's running head is printed in the page margins (running-head.ts) rather than from the templates. */
async function headInMargins(page: Page, doc: RenderedDocument): Promise<boolean> {
  return doc.marginCss !== undefined && (await printsMarginBoxesIn(page.browser()));
}

/**
 * Whether the page must load the header's own web font with the document (fonts.ts): only for a
 * header drawn from the templates, in a browser that does not have the face as a system font.
 */
async function needsHeaderFace(page: Page, doc: RenderedDocument): Promise<boolean> {
  return !hasSystemHeaderFont(page.browser()) && !(await headInMargins(page, doc));
}

/** Sets the document as the page's content (page-content.ts): no navigation, no network. */
async function load(page: Page, doc: RenderedDocument, timeout: number): Promise<void> {
  mark(`${doc.kind}: laddas`);
  takeNavigation(page);
  try {
    await setRenderedDocument(page, doc, timeout, { headerFace: await needsHeaderFace(page, doc) });
  } catch (error) {
    throw leftOrError(page, error);
  }
}

/** A page that went elsewhere fails in many ways (a detached frame, a lost context): say why. */
function leftOrError(page: Page, error: unknown): unknown {
  const left = takeNavigation(page);
  return left === undefined ? error : new NavigationAttempt(left);
}

/** The running header and footer, with the header's font as a system font when the browser has it. */
function headerAndFooter(page: Page, doc: RenderedDocument): { headerTemplate: string; footerTemplate: string } {
  if (!hasSystemHeaderFont(page.browser())) return { headerTemplate: doc.headerTemplate, footerTemplate: doc.footerTemplate };
  return { headerTemplate: withoutHeaderFontFace(doc.headerTemplate), footerTemplate: withoutHeaderFontFace(doc.footerTemplate) };
}

/** Puts a style sheet of this id into the loaded document, in place of any it already holds. */
async function putStyle(page: Page, id: string, css: string): Promise<void> {
  await page.evaluate(
    (styleId, text) => {
      document.getElementById(styleId)?.remove();
      const style = document.createElement('style');
      style.id = styleId;
      style.textContent = text;
      document.head.append(style);
    },
    id,
    css,
  );
}

const RUNNING_HEAD_STYLE = 'iop-sidhuvud';

/**
 * Puts the document's running head into its page margins (running-head.ts), when it has one as
 * margin boxes and the browser prints them. The style stays until the page is given another document.
 */
async function runningHeadInMargins(page: Page, doc: RenderedDocument): Promise<boolean> {
  if (!(await headInMargins(page, doc))) return false;
  await putStyle(page, RUNNING_HEAD_STYLE, doc.marginCss!);
  return true;
}

interface Print {
  pdf: Uint8Array;
  /** Whether the running head was printed in the page margins rather than from the header and footer templates. */
  inMargins: boolean;
}

/**
 * Prints the document the page holds. A print that only measures leaves out the running header and
 * footer, which sit in the page margins and move nothing.
 */
async function printLoaded(page: Page, doc: RenderedDocument, timeout: number, measureOnly: boolean): Promise<Print> {
  mark(`${doc.kind}: skrivs ut${measureOnly ? ' för mätning' : ''}`);
  let pdf: Uint8Array;
  let inMargins = false;
  try {
    inMargins = !measureOnly && (await runningHeadInMargins(page, doc));
    pdf = await page.pdf({
      preferCSSPageSize: true,
      format: 'A4',
      printBackground: true,
      ...(measureOnly || inMargins ? {} : { displayHeaderFooter: true, ...headerAndFooter(page, doc) }),
      tagged: true,
      outline: true,
      timeout,
    });
  } catch (error) {
    throw leftOrError(page, error);
  }
  const left = takeNavigation(page);
  if (left !== undefined) throw new NavigationAttempt(left);
  return { pdf, inMargins };
}

const MEASURING_STYLE = 'iop-matning';

/**
 * Prints the loaded document painting only its headings (HEADINGS_ONLY_CSS, added for this print and
 * removed after it): the same layout, with almost nothing to draw or embed.
 */
async function printHeadingsOnly(page: Page, doc: RenderedDocument, timeout: number): Promise<Uint8Array> {
  await putStyle(page, MEASURING_STYLE, HEADINGS_ONLY_CSS);
  try {
    return (await printLoaded(page, doc, timeout, true)).pdf;
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
 * in place when the page shows exactly the numbers expected, otherwise by loading `to` afresh
 * with `reload`. Returns whether it was loaded again.
 */
async function update(page: Page, from: RenderedDocument, to: RenderedDocument, reload: () => Promise<void>): Promise<boolean> {
  // Both as printed when both have it: the whole HTML is not made for this.
  const [a, b] = from.printHtml !== undefined && to.printHtml !== undefined ? [from.printHtml, to.printHtml] : [from.html, to.html];
  if (a === b) return false;
  const patch = pageNumberPatch(a, b);
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
  await reload();
  return true;
}

/** The printed page tried to go elsewhere (the request was blocked): what was printed cannot be trusted. */
export class NavigationAttempt extends Error {
  constructor(readonly url: string) {
    super(`navigation to ${url}`);
    this.name = 'NavigationAttempt';
  }
}

/** Prints of one document in which a system font stood in for the header's own, before giving up. */
const HEADER_FONT_ATTEMPTS = 3;

/**
 * The header's font, when the running header or footer is set in it: a print in which Chromium
 * drew them in a system font instead (it does not wait for the header's font, see fonts.ts) is
 * printed again. A repository's own header without that font is never such a print.
 */
function headerFont(doc: RenderedDocument): string | undefined {
  const css = headerFontCss();
  return doc.headerTemplate.includes(css) || doc.footerTemplate.includes(css) ? headerFontName() : undefined;
}

export interface PrintedDocument {
  doc: RenderedDocument;
  /** The finished file. */
  pdf: Uint8Array;
  pages: number;
  /** Full prints: 1, or more when the table of contents' page numbers moved the headings. */
  passes: number;
  /** Prints that only measured where the headings fall (0 or 1). */
  measured: number;
  /** Whether the table of contents' page numbers of the first full print came from the page's layout (layout-pages.ts). */
  guessedFromLayout: boolean;
  /** How many times the document was set as a page's content: once for each full print. */
  loads: number;
}

function samePages(a: Array<number | undefined>, b: Array<number | undefined>): boolean {
  return a.length === b.length && a.every((page, i) => page === b[i]);
}

/** Runs work on a page of the browser, which is given back when the work ends. */
export type WithPage = <T>(work: (page: Page) => Promise<T>) => Promise<T>;

export interface PrintOptions {
  /** Where the prints are read and finished (print-reader.ts). */
  reader: PrintReader;
  /** The manifest and metadata the finished file gets. */
  finish: (doc: RenderedDocument) => { manifest: Manifest; metadata: PdfMetadata };
  /**
   * The table of contents' page numbers of the previous build, if known. Asked for once the
   * document has a page: the pages go to the documents in the order they ask (see printWithToc).
   */
  guess?: () => Promise<Array<number | undefined> | undefined>;
  /**
   * Throws when a document must not be loaded (a template's way out of it). Asked before each
   * document is loaded whole; page numbers written in place bring no markup.
   */
  refuse?: (doc: RenderedDocument) => void;
  timeout?: number;
  /**
   * A first build takes the page numbers from the loaded page's layout (layout-pages.ts), which the
   * full print confirms, while this record of the build's guesses says they are worth trying;
   * otherwise, and for a document whose page set-up that cannot read, a headings-only print measures.
   */
  layoutGuesses?: LayoutGuessRecord;
}

/**
 * Prints a document in full, with the table of contents' page numbers guessed (those of the
 * previous build, or else where the loaded document's layout puts the headings, layout-pages.ts)
 * or, where neither can be had, measured by a headings-only print of the same loaded document, and
 * then written into it in place. The page is given back as soon as it has printed: the print is read
 * and finished without it. The full print's own bookmarks must confirm the numbers; if they moved,
 * it prints again with the numbers found (at most three times in all).
 */
export async function printWithToc(withPage: WithPage, make: (tocPages: Array<number | undefined>) => RenderedDocument, options: PrintOptions): Promise<PrintedDocument> {
  const timeout = options.timeout ?? PRINT_TIMEOUT;
  const { reader } = options;
  let pages: Array<number | undefined> | undefined;
  let doc!: RenderedDocument;
  let measured = 0;
  let guessedFromLayout = false;
  let guessRecorded = false;
  let loads = 0;
  let fontAttempts = 0;
  const loadWhole = async (page: Page, whole: RenderedDocument): Promise<void> => {
    options.refuse?.(whole);
    await load(page, whole, timeout);
  };
  for (let pass = 1; ; ) {
    const printed = await withPage(async (page) => {
      if (loads === 0) {
        pages = await options.guess?.();
        doc = make(pages ?? []);
      }
      await loadWhole(page, doc);
      loads++;
      if (doc.toc.length > 0 && pages === undefined) {
        const laidOut = options.layoutGuesses?.worthTrying === false ? undefined : await headingPagesFromLayout(page);
        if (laidOut !== undefined) {
          pages = assignPages(doc.toc, searchableHtml(doc), laidOut);
          guessedFromLayout = true;
          mark(`${doc.kind}: sidnummer för innehållsförteckningen beräknade ur sidans layout`);
        } else {
          // Read here, not queued behind the worker's finishing of other prints: the page waits for it.
          const printed = await inlineReader().read(await printHeadingsOnly(page, doc, timeout), { outline: true });
          pages = assignPages(doc.toc, searchableHtml(doc), printed.outline ?? []);
          measured++;
          mark(`${doc.kind}: sidnummer för innehållsförteckningen uppmätta`);
        }
        const numbered = make(pages);
        if (await update(page, doc, numbered, () => loadWhole(page, numbered))) loads++;
        doc = numbered;
      }
      return printLoaded(page, doc, timeout, false);
    });
    mark(`${doc.kind}: utskrivet`);
    // In the page margins the running head is set in the text's own font, which the page holds.
    const font = printed.inMargins ? undefined : headerFont(doc);
    const reading = await reader.read(printed.pdf, { outline: doc.toc.length > 0, font, finish: options.finish(doc) });
    if (font !== undefined && !reading.hasFont && ++fontAttempts < HEADER_FONT_ATTEMPTS) {
      mark(`${doc.kind}: sidhuvudets typsnitt var inte klart; skrivs ut igen`);
      continue;
    }
    const found = doc.toc.length > 0 ? assignPages(doc.toc, searchableHtml(doc), reading.outline ?? []) : [];
    if (guessedFromLayout && pass === 1 && !guessRecorded) {
      options.layoutGuesses?.record(samePages(found, pages ?? []));
      guessRecorded = true;
    }
    if (doc.toc.length === 0 || samePages(found, pages ?? []) || pass === 3) {
      return { doc, pdf: reading.finished!.pdf, pages: reading.finished!.pages, passes: pass, measured, guessedFromLayout, loads };
    }
    pass++;
    pages = found;
    doc = make(pages);
  }
}
