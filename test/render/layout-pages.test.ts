// A first build takes the table of contents' page numbers from where the loaded document's layout
// puts the headings (src/render/layout-pages.ts) instead of a headings-only print; the full print's
// bookmarks confirm them. The guess must foresee the print, leave the document as it was, and say
// when it cannot read a page set-up; the numbers printed are exact whatever it guessed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { build } from '../../src/build/build.js';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { openDocumentPage, startBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { avtalDocument } from '../../src/render/document.js';
import { fingerprint } from '../../src/render/fingerprint.js';
import { headingPagesFromLayout, LayoutGuessRecord } from '../../src/render/layout-pages.js';
import { inlineReader } from '../../src/render/print-reader.js';
import { setDocument } from '../../src/render/page-content.js';
import { assignPages } from '../../src/render/toc.js';
import { loadTemplates } from '../../src/render/templates.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const PRINT = { format: 'A4' as const, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true };

/** The pages a print puts the headings on, from its bookmarks. */
async function printedPages(page: Page): Promise<number[]> {
  const reading = await inlineReader().read(await page.pdf(PRINT), { outline: true });
  return (reading.outline ?? []).map((entry) => entry.page);
}

async function guessedPages(page: Page): Promise<number[] | undefined> {
  return (await headingPagesFromLayout(page))?.map((entry) => entry.page);
}

const paragraph = (words: number): string => `<p>${Array.from({ length: words }, (_, i) => `ord${i % 7 === 0 ? 'et' : ''}`).join(' ')}</p>`;

/** A document of its own: `css` after an A4 page with iop's margins, headings among `sections` paragraphs each. */
function documentWith(css: string, body: string): string {
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title><style>@page{size:A4;margin:25mm 25mm 22mm 25mm}body{margin:0;font:11pt/1.4 sans-serif}p{orphans:3;widows:3}h2{break-after:avoid}${css}</style></head><body>${body}</body></html>`;
}

function sections(count: number, words: (i: number) => number, extra: (i: number) => string = () => ''): string {
  return Array.from({ length: count }, (_, i) => `<h2 id="s${i}">Avsnitt ${i + 1}</h2>${paragraph(words(i))}${extra(i)}`).join('');
}

describe('where the layout puts the headings', () => {
  let launched: LaunchedBrowser;
  let page: Page;
  beforeAll(async () => {
    launched = await startBrowser(undefined, { ...process.env, IOP_BROWSER_SKIP_SYSTEM: '1' });
    page = await openDocumentPage(launched.browser);
  }, 60_000);
  afterAll(() => launched?.close());

  it('is where the print puts them, for the bundled agreement', async () => {
    const arende = check([join(ROOT, 'examples/navet')]).arenden[0]!.arende as ValidArende;
    const templates = loadTemplates(arende.config);
    const input = { arende, templates, fingerprint: fingerprint(arende, templates), utkast: false };
    await setDocument(page, avtalDocument(input).html, 30_000);
    const guessed = await guessedPages(page);
    expect(guessed!.length).toBeGreaterThan(10);
    expect(new Set(guessed).size).toBeGreaterThan(5);
    expect(guessed).toEqual(await printedPages(page));
  }, 60_000);

  it('follows forced page breaks, blocks kept whole and a table wider than the page, which the print shrinks to fit', async () => {
    const wide = `<table><tr>${Array.from({ length: 9 }, () => '<td style="white-space:nowrap">1 250 000 kr</td>').join('')}</tr></table>`;
    const cases = [
      documentWith('.ny{break-before:page}', sections(16, (i) => 60 + i * 17, (i) => (i % 4 === 3 ? '<div class="ny"></div>' : ''))),
      documentWith('.hel{break-inside:avoid-page}', sections(12, (i) => 30 + i * 9, (i) => `<div class="hel">${paragraph(120)}</div>`)),
      documentWith('', wide + sections(24, (i) => 90 + i * 13)),
    ];
    for (const html of cases) {
      await setDocument(page, html, 30_000);
      const printed = await printedPages(page);
      expect(new Set(printed).size).toBeGreaterThan(3);
      expect(await guessedPages(page)).toEqual(printed);
    }
  }, 60_000);

  it('leaves the document as it was: its markup, inline styles included, and what it prints', async () => {
    const html = documentWith('.ny{break-before:page}.hel{break-inside:avoid-page}', `${sections(3, () => 200)}<div class="ny" style="color: red">x</div><div class="hel">${paragraph(50)}</div><section class="ny"><h2>Sist</h2></section>`);
    await setDocument(page, html, 30_000);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const printedBefore = await printedPages(page);
    await guessedPages(page);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await printedPages(page)).toEqual(printedBefore);
  }, 60_000);

  it('says it cannot when the page set-up is not one it reads, rather than guess', async () => {
    const body = sections(6, () => 150);
    const cases: Array<[string, string]> = [
      ['no @page rule, so the size and margins would be the print settings\'', documentWith('', body).replace('@page{size:A4;margin:25mm 25mm 22mm 25mm}', '')],
      ['a first page of its own', documentWith('@page :first{margin-top:60mm}', body)],
      ['margins on the body, which the print puts on the first and last page only', documentWith('body{margin:10mm}', body)],
      ['a margin that is no length', documentWith('@page{margin:auto}', body)],
    ];
    for (const [why, html] of cases) {
      await setDocument(page, html, 30_000);
      expect(await headingPagesFromLayout(page), why).toBeUndefined();
    }
    // A page laid out for the screen, not for print.
    const screen = await launched.browser.newPage();
    await screen.setContent(documentWith('', body));
    expect(await headingPagesFromLayout(screen)).toBeUndefined();
    await screen.close();
  }, 60_000);
});

describe('a build\'s record of its layout guesses', () => {
  it('keeps guessing until three have missed and more than one in five', () => {
    const record = new LayoutGuessRecord();
    record.record(false);
    record.record(false);
    expect(record.worthTrying).toBe(true);
    for (let i = 0; i < 12; i++) record.record(true);
    record.record(false);
    // 3 missed of 15.
    expect(record.worthTrying).toBe(true);
    record.record(false);
    // 4 missed of 16.
    expect(record.worthTrying).toBe(false);
    const early = new LayoutGuessRecord();
    for (let i = 0; i < 3; i++) early.record(false);
    expect(early.worthTrying).toBe(false);
  });
});

describe('a first build', () => {
  const out = tempDir('iop-layout-guess-');
  afterAll(out.cleanup);

  /**
   * The numbers the agreement's table of contents printed, against the pages the bookmarks of the
   * same PDF give its headings (the n-th bookmark is the n-th heading, toc.ts).
   */
  async function tocAgainstBookmarks(dir: string, pdf: string, html: string): Promise<{ printed: string[]; bookmarked: string[] }> {
    const arende = check([dir]).arenden[0]!.arende as ValidArende;
    const templates = loadTemplates(arende.config);
    const { toc } = avtalDocument({ arende, templates, fingerprint: fingerprint(arende, templates), utkast: false });
    const written = readFileSync(html, 'utf8');
    const numbers = [...written.matchAll(/<span class="sida">(.*?)<\/span>/g)].map((m) => m[1]!);
    const outline = (await inlineReader().read(new Uint8Array(readFileSync(pdf)), { outline: true })).outline ?? [];
    const pages = assignPages(toc, written, outline);
    return { printed: toc.map((entry, i) => `${entry.title}: ${numbers[i]}`), bookmarked: toc.map((entry, i) => `${entry.title}: ${pages[i]}`) };
  }

  it('prints the agreement once, with the numbers the layout gave, and they are the bookmarks\' pages', async () => {
    const result = await build([join(ROOT, 'examples/navet')], { out: out.dir, cwd: ROOT, html: true });
    const avtal = result.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
    expect(avtal.laidOut).toBe(true);
    expect(avtal.measured).toBe(false);
    expect(avtal.passes).toBe(1);
    expect(avtal.loads).toBe(1);
    const { printed, bookmarked } = await tocAgainstBookmarks(join(ROOT, 'examples/navet'), avtal.pdf, avtal.html!);
    expect(printed.length).toBeGreaterThan(10);
    expect(printed).toEqual(bookmarked);
  }, 120_000);

  it('prints exact numbers for every bundled example, however many prints that took', async () => {
    const dirs = ['examples/frivilligcentral', 'examples/vastra-aby', 'test/fixtures/femton-parter'].map((dir) => join(ROOT, dir));
    const result = await build(dirs, { out: out.dir, cwd: ROOT, html: true });
    for (const [i, arende] of result.arenden.entries()) {
      const avtal = arende.files.find((f) => f.kind === 'avtal')!;
      const { printed, bookmarked } = await tocAgainstBookmarks(dirs[i]!, avtal.pdf, avtal.html!);
      expect(printed.length, avtal.pdf).toBeGreaterThan(3);
      expect(printed, avtal.pdf).toEqual(bookmarked);
    }
  }, 180_000);
});
