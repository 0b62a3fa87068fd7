// Printed PDFs are read and finished in a worker thread in a batch, in the build's thread alone:
// both give the same answers, and a PDF that cannot be read is an error, never a hang.
import { PDFDocument, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inlineReader, workerReader } from '../../src/render/print-reader.js';

/** A PDF of two pages with a bookmark to the second, as Chromium makes one per heading. */
async function withBookmark(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const second = doc.addPage();
  const { context } = doc;
  const outlines = context.nextRef();
  const item = context.register(context.obj({ Title: PDFString.of('Avtalstid'), Parent: outlines, Dest: [second.ref, 'XYZ', 0, 0, 0] }));
  context.assign(outlines, context.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
  doc.catalog.set(context.obj('Outlines') as never, outlines);
  return doc.save();
}

const finish = {
  manifest: { format: 1 as const, iop: '0', dokument: 'avtal', ärende: '.', utkast: false, fingeravtryck: 'f', sänkta_regler: [], indata: { 'iop.yaml': 'x' } },
  metadata: { title: 'Överenskommelse', subject: 'S', keywords: ['IOP'], date: new Date('2025-01-01T00:00:00Z'), id: 'ab', producer: 'iop 0' },
};

describe('reading a printed PDF', () => {
  for (const [name, make] of [
    ['in a worker thread', workerReader],
    ['in the build’s thread', inlineReader],
  ] as const) {
    it(`${name} gives the bookmarks, the fonts and the finished file`, async () => {
      const reader = make();
      try {
        const reading = await reader.read(await withBookmark(), { outline: true, font: 'Inget', finish });
        expect(reading.outline).toEqual([{ title: 'Avtalstid', page: 2 }]);
        expect(reading.hasFont).toBe(false);
        expect(reading.finished?.pages).toBe(2);
        const finished = await PDFDocument.load(reading.finished!.pdf, { updateMetadata: false });
        expect(finished.getTitle()).toBe('Överenskommelse');
      } finally {
        await reader.close();
      }
    });

    it(`${name} fails on bytes that are no PDF`, async () => {
      const reader = make();
      try {
        await expect(reader.read(new TextEncoder().encode('inte en pdf'), { outline: true })).rejects.toThrow();
      } finally {
        await reader.close();
      }
    });
  }

  it('gives the same finished bytes in a worker as in the build’s thread', async () => {
    const bytes = await withBookmark();
    const worker = workerReader();
    try {
      const [a, b] = await Promise.all([worker.read(bytes, { finish }), inlineReader().read(bytes, { finish })]);
      expect(Buffer.compare(Buffer.from(a.finished!.pdf), Buffer.from(b.finished!.pdf))).toBe(0);
    } finally {
      await worker.close();
    }
  });
});
