// The manifest a built PDF carries as an embedded file (iop-manifest.json): what it was built from,
// each input's SHA-256, and the rules the config lowered. `iop verify` compares it with the source.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib';

export const MANIFEST_FILE = 'iop-manifest.json';

export interface Manifest {
  /** The manifest's own format; a newer iop may add fields. */
  format: 1;
  /** The iop version that built the PDF. */
  iop: string;
  /** Which document: 'avtal' or 'tjansteutlatande'. */
  dokument: string;
  /** The ärende folder, relative to the repository root (or the working folder) with '/'. */
  ärende: string;
  utkast: boolean;
  /** The whole SHA-256 whose first 12 digits are printed on every page. */
  fingeravtryck: string;
  /** Rules that are errors by default and that the config lowered or switched off. */
  sänkta_regler: string[];
  /** Each input's SHA-256 by name (see fingerprint.ts). */
  indata: Record<string, string>;
}

/** Embeds the manifest; its dates are the document's, so two builds stay byte-identical. */
export async function attachManifest(doc: PDFDocument, manifest: Manifest, date: Date): Promise<void> {
  await doc.attach(new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_FILE, {
    mimeType: 'application/json',
    description: 'Vad iop byggde dokumentet av (iop verify)',
    creationDate: date,
    modificationDate: date,
  });
}

/** The embedded files of a PDF by name. */
function embeddedFiles(doc: PDFDocument): Map<string, PDFDict> {
  const found = new Map<string, PDFDict>();
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = tree?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return found;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = list.lookup(i);
    const spec = list.lookup(i + 1);
    if ((name instanceof PDFString || name instanceof PDFHexString) && spec instanceof PDFDict) found.set(name.decodeText(), spec);
  }
  return found;
}

/** The manifest in `doc`, or undefined when it has none (not built by iop, or by an older one). */
export function readManifest(doc: PDFDocument): Manifest | undefined {
  const spec = embeddedFiles(doc).get(MANIFEST_FILE);
  const stream = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const parsed = JSON.parse(new TextDecoder().decode(decodePDFRawStream(stream).decode())) as Partial<Manifest>;
  if (parsed.format !== 1 || typeof parsed.indata !== 'object' || parsed.indata === null) return undefined;
  return parsed as Manifest;
}

/** The manifest in a PDF file's bytes; throws when they are not a PDF that can be read. */
export async function readManifestFrom(bytes: Uint8Array): Promise<Manifest | undefined> {
  return readManifest(await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true }));
}
