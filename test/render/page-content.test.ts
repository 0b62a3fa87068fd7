// A page is given iop's fonts once, in a shell, and each document replaces the rest of it
// (src/render/page-content.ts). What is printed must not depend on that: the same bytes as the
// document loaded afresh, whatever the page held before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { openDocumentPage, startBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { headerFaceForDocument, textFontFaceCss } from '../../src/render/fonts.js';
import { avtalDocument, tjansteutlatandeDocument, type RenderedDocument } from '../../src/render/document.js';
import { fingerprint } from '../../src/render/fingerprint.js';
import { loadTemplates } from '../../src/render/templates.js';
import { setDocument, setRenderedDocument, withoutFonts } from '../../src/render/page-content.js';
import { withPolicy } from '../../src/render/policy.js';
import { inlineReader } from '../../src/render/print-reader.js';
import { ROOT } from '../helpers/cli.js';

const fonts = textFontFaceCss();

describe('a document takes the shell’s fonts', () => {
  it('when it declares standards mode and carries iop’s fonts once: they are cut out, nothing else', () => {
    const html = `<!DOCTYPE html><html lang="sv"><head><style>${fonts}\nbody{margin:0}</style></head><body><p>Text</p></body></html>`;
    expect(withoutFonts(html)).toBe('<!DOCTYPE html><html lang="sv"><head><style>\nbody{margin:0}</style></head><body><p>Text</p></body></html>');
    expect(withoutFonts(html, '/* 7 */')).toBe('<!DOCTYPE html><html lang="sv"><head><style>/* 7 */\nbody{margin:0}</style></head><body><p>Text</p></body></html>');
  });

  it('not when it lacks the fonts, carries them twice or would be read in quirks mode: then it is loaded whole', () => {
    expect(withoutFonts('<!DOCTYPE html><html><body>Text</body></html>')).toBeUndefined();
    expect(withoutFonts(`<!DOCTYPE html><style>${fonts}${fonts}</style>`)).toBeUndefined();
    expect(withoutFonts(`<html><head><style>${fonts}</style></head></html>`)).toBeUndefined();
  });
});

describe('printing from the shell', () => {
  let launched: LaunchedBrowser;
  let documents: RenderedDocument[];
  beforeAll(async () => {
    launched = await startBrowser(undefined, { ...process.env, IOP_BROWSER_SKIP_SYSTEM: '1' });
    documents = ['examples/navet', 'examples/frivilligcentral'].flatMap((example) => {
      const arende = check([join(ROOT, example)]).arenden[0]!.arende as ValidArende;
      const templates = loadTemplates(arende.config);
      const input = { arende, templates, fingerprint: fingerprint(arende, templates), utkast: false };
      // The agreement with its table of contents numbered, as a build prints it.
      return [avtalDocument(input, avtalDocument(input).toc.map((_, i) => i + 1)), tjansteutlatandeDocument(input)];
    });
  }, 60_000);
  afterAll(() => launched?.close());

  const finish = {
    manifest: { format: 1 as const, iop: '0', dokument: 'avtal', ärende: '.', utkast: false, fingeravtryck: '', sänkta_regler: [], indata: {} },
    metadata: { title: 'T', subject: '', keywords: [], date: new Date(0), id: '0', producer: 'iop' },
  };
  const options = (doc: (typeof documents)[number]) => ({ format: 'A4' as const, preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: doc.headerTemplate, footerTemplate: doc.footerTemplate, tagged: true, outline: true });

  it('gives every document the bytes it gets loaded afresh on a new page, after whatever the page held', async () => {
    const shell = await openDocumentPage(launched.browser);
    const reader = inlineReader();
    for (const doc of documents) {
      await setDocument(shell, doc.html, 30_000);
      const fromShell = await reader.read(await shell.pdf(options(doc)), { finish });
      const fresh = await openDocumentPage(launched.browser);
      await fresh.setContent(withPolicy(doc.html), { waitUntil: 'load' });
      const loaded = await reader.read(await fresh.pdf(options(doc)), { finish });
      await fresh.close();
      expect(Buffer.compare(Buffer.from(fromShell.finished!.pdf), Buffer.from(loaded.finished!.pdf)), doc.kind).toBe(0);
      // The same from the document's printHtml, which a build gives the page without making the whole HTML.
      expect(doc.printHtml, doc.kind).toBeDefined();
      await setRenderedDocument(shell, doc, 30_000);
      const fromPrintHtml = await reader.read(await shell.pdf(options(doc)), { finish });
      expect(Buffer.compare(Buffer.from(fromPrintHtml.finished!.pdf), Buffer.from(loaded.finished!.pdf)), doc.kind).toBe(0);
    }
    await shell.close();
  }, 120_000);

  it('without the header’s own font when the running head is in the page margins: the same bytes as the whole document loaded afresh', async () => {
    const inMargins = { format: 'A4' as const, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true };
    const addMargins = (page: Page, css: string) =>
      page.evaluate((text) => {
        const style = document.createElement('style');
        style.textContent = text;
        document.head.append(style);
      }, css);
    const shell = await openDocumentPage(launched.browser);
    const reader = inlineReader();
    for (const doc of documents) {
      expect(doc.marginCss, doc.kind).toBeDefined();
      expect(doc.printHtml, doc.kind).toContain(headerFaceForDocument());
      await setRenderedDocument(shell, doc, 30_000, { headerFace: false });
      expect(await shell.evaluate(() => document.documentElement.outerHTML.includes('iop sidhuvud')), doc.kind).toBe(false);
      await addMargins(shell, doc.marginCss!);
      const fromShell = await reader.read(await shell.pdf(inMargins), { finish });
      const fresh = await openDocumentPage(launched.browser);
      await fresh.setContent(withPolicy(doc.html), { waitUntil: 'load' });
      await addMargins(fresh, doc.marginCss!);
      const loaded = await reader.read(await fresh.pdf(inMargins), { finish });
      await fresh.close();
      expect(Buffer.compare(Buffer.from(fromShell.finished!.pdf), Buffer.from(loaded.finished!.pdf)), doc.kind).toBe(0);
    }
    await shell.close();
  }, 120_000);
});
