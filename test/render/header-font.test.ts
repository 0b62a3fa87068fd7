// Chromium draws the running header and footer in their own font only when it has that font ready
// at that moment (src/render/fonts.ts): a print in which a system font stood in is printed again.
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { RenderedDocument } from '../../src/render/document.js';
import { headerFontCss, headerFontName } from '../../src/render/fonts.js';
import { printWithToc, type WithPage } from '../../src/render/pdf.js';
import { inlineReader } from '../../src/render/print-reader.js';

/** A PDF whose one embedded font is called `font`, as Chromium names a subset. */
async function printedWith(font: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: `ABCDEF+${font}` }));
  return doc.save();
}

/** A page whose prints embed these fonts, one print after the other (the last one again after that). */
function pagePrinting(fonts: string[]): { page: WithPage; prints: () => number } {
  let prints = 0;
  const page = {
    setContent: async () => undefined,
    pdf: async () => printedWith(fonts[Math.min(prints++, fonts.length - 1)]!),
    // A browser iop did not launch: the header keeps its web font.
    browser: () => ({}),
  } as unknown as Page;
  return { page: (work) => work(page), prints: () => prints };
}

/** Prints the document on the page, reading and finishing the prints in this thread. */
function print(page: WithPage, doc: () => RenderedDocument) {
  const finish = () => ({
    manifest: { format: 1 as const, iop: '0', dokument: 'avtal', ärende: '.', utkast: false, fingeravtryck: '', sänkta_regler: [], indata: {} },
    metadata: { title: 'T', subject: '', keywords: [], date: new Date(0), id: '0', producer: 'iop' },
  });
  return printWithToc(page, doc, { reader: inlineReader(), finish });
}

function document(header = `<style>${headerFontCss()}</style><div>Dnr KS-2025-0117</div>`): RenderedDocument {
  return { kind: 'avtal', title: 'Överenskommelse', subject: '', html: '<html lang="sv"><body><p>Text</p></body></html>', headerTemplate: header, footerTemplate: '', toc: [] };
}

describe('the running header’s own font', () => {
  it('is printed again when a system font stood in for it, and kept when it is there', async () => {
    const { page, prints } = pagePrinting(['DejaVuSans', headerFontName()]);
    const printed = await print(page, () => document());
    expect(prints()).toBe(2);
    expect(printed.passes).toBe(1);
  });

  it('is printed at most three times, whatever happens', async () => {
    const { page, prints } = pagePrinting(['DejaVuSans']);
    await print(page, () => document());
    expect(prints()).toBe(3);
  });

  it('is printed once when it is there at once, or when the repository’s own header does not use it', async () => {
    const first = pagePrinting([headerFontName()]);
    await print(first.page, () => document());
    expect(first.prints()).toBe(1);
    const own = pagePrinting(['Arial']);
    await print(own.page, () => document('<div style="font-family: Arial">Dnr KS-2025-0117</div>'));
    expect(own.prints()).toBe(1);
  });
});
