// What iop does with the bytes Chromium printed, with pdf-lib: read the bookmarks (for the table
// of contents) and the fonts (was the running header drawn in its own?), and finish the file
// (manifest, metadata, stable structure ids) ready to be written. One load per print: of the
// objects iop reads and changes only, when the file is as Chromium writes it (printed-pdf.ts),
// otherwise of the whole file. Runs in the build's thread or in a worker thread (print-reader.ts);
// it depends on nothing but its input.
import type { PDFDocument } from 'pdf-lib';
import { attachManifest, type Manifest } from './manifest.js';
import { applyMetadata, type PdfMetadata } from './metadata.js';
import { fontNames, loadPdf, outlineOf } from './outline.js';
import { loadPrinted } from './printed-pdf.js';
import type { OutlineEntry } from './toc.js';

export interface ReadingRequest {
  /** Read the bookmarks Chromium made from the headings. */
  outline?: boolean;
  /** Say whether a font of this PostScript name is embedded. */
  font?: string;
  /** Finish the file: the manifest to embed and the metadata to set. */
  finish?: { manifest: Manifest; metadata: PdfMetadata };
}

export interface Reading {
  outline?: OutlineEntry[];
  /** Whether the font asked for is embedded. */
  hasFont?: boolean;
  /** The finished file and its number of pages. */
  finished?: { pdf: Uint8Array; pages: number };
}

export async function readPrint(bytes: Uint8Array, request: ReadingRequest): Promise<Reading> {
  return readLoaded(loadPrinted(bytes) ?? (await loadPdf(bytes)), request);
}

/** Reads and finishes a PDF already loaded, either way. */
export async function readLoaded(doc: PDFDocument, request: ReadingRequest): Promise<Reading> {
  const reading: Reading = {};
  if (request.outline) reading.outline = outlineOf(doc);
  if (request.font !== undefined) reading.hasFont = fontNames(doc).has(request.font);
  if (request.finish) {
    await attachManifest(doc, request.finish.manifest, request.finish.metadata.date);
    reading.finished = await applyMetadata(doc, request.finish.metadata);
  }
  return reading;
}
