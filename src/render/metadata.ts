// Document information, language and a stable file ID, so two builds of the same sources are identical.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  /** The handling förvaltning, when the ärende states one. */
  author?: string;
  subject: string;
  keywords: string[];
  /** Used for both creation and modification date. */
  date: Date;
  /** Hex digits; the trailer /ID is derived from it. */
  id: string;
  producer: string;
}

/** Sets the metadata on a printed PDF (loaded with updateMetadata: false) and saves it. */
export async function applyMetadata(doc: PDFDocument, meta: PdfMetadata): Promise<{ pdf: Uint8Array; pages: number }> {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== undefined) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator('iop');
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage('sv');
  normalizeStructureIds(doc);
  const id = PDFHexString.of(meta.id.padEnd(32, '0').slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  // Written in one go, without pdf-lib's default pause for a timer tick every 50 objects.
  return { pdf: await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity }), pages: doc.getPageCount() };
}

const NODE_ID = /^node\d+$/;

/**
 * Chromium names the tagged structure's elements after DOM node ids ("node00001052"), which count
 * every node the renderer has made before: the same document printed on a fresh page or after
 * another gets other names. They are renamed in their own order (so the ID tree stays sorted),
 * and the file then depends on the document alone.
 */
export function normalizeStructureIds(doc: PDFDocument): void {
  // One walk finds every string that is such a name, and how to replace it where it stands.
  const found: Array<{ id: string; replace: (name: PDFString) => void }> = [];
  const consider = (value: PDFObject | undefined, replace: (name: PDFString) => void): void => {
    if (value instanceof PDFString || value instanceof PDFHexString) {
      // Only short strings can be such a name; decoding every string in the file is what costs.
      if (value instanceof PDFString ? value.asString().length > 16 : value.asString().length > 64) return;
      const id = value.decodeText();
      if (NODE_ID.test(id)) found.push({ id, replace });
    } else visit(value);
  };
  const visit = (object: PDFObject | undefined): void => {
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) consider(object.get(i), (name) => object.set(i, name));
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) consider(value, (name) => object.set(key, name));
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
  if (found.length === 0) return;
  const byNumber = [...new Set(found.map((f) => f.id))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(byNumber.map((old, index) => [old, `node${String(index + 1).padStart(8, '0')}`]));
  for (const { id, replace } of found) replace(PDFString.of(renamed.get(id)!));
}
