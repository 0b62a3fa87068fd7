// The text of a PDF in the order it was written (the sentence flow, which the seed comparison and the
// shape tests read), one string per page with whitespace made single; test/helpers/pdf.ts gives the
// layout (lines top to bottom) instead. Both read with pdfjs-dist, never poppler.
import { readFileSync } from 'node:fs';

export async function pdfPages(file: string): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('');
    pages.push(text.replace(/[\u00a0\u202f]/gu, ' ').replace(/\s+/gu, ' ').trim());
  }
  await doc.destroy();
  return pages;
}

export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).join(' ');
}
