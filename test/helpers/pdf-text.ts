// The text of a PDF with whitespace made single, one string per page: read through the one pdf.js
// reader of the tests (test/helpers/pdf.ts), for tests that compare sentences rather than layout.
import { readPdf } from './pdf.js';

function single(text: string): string {
  return text.replace(/[\u00a0\u202f]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

export async function pdfPages(file: string): Promise<string[]> {
  return (await readPdf(file)).pages.map(single);
}

export async function pdfText(file: string): Promise<string> {
  return (await pdfPages(file)).join(' ');
}
