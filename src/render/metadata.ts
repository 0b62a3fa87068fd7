// Document information, language and a stable file ID, so two builds of the same sources are identical.
import { PDFDocument, PDFHexString } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Used for both creation and modification date. */
  date: Date;
  /** Hex digits; the trailer /ID is derived from it. */
  id: string;
  producer: string;
}

export async function applyMetadata(bytes: Uint8Array, meta: PdfMetadata): Promise<{ pdf: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('iop');
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage('sv');
  const id = PDFHexString.of(meta.id.padEnd(32, '0').slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return { pdf: await doc.save({ useObjectStreams: false, updateFieldAppearances: false }), pages: doc.getPageCount() };
}
