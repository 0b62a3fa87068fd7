// A PDF as Chromium prints it, loaded for reading and finishing (print-reading.ts) without parsing
// every object. Chromium (Skia) writes a classic file: the objects one after another, one
// cross-reference table and one trailer, no object streams. Most of its objects are the tagged
// structure's elements, and most of its bytes streams (page contents, fonts), which iop neither
// reads nor changes: those keep the bytes they were printed as and are written back as they are.
// Every other object is parsed by pdf-lib as
// PDFDocument.load would parse it, so the same code reads the bookmarks and fonts and finishes the
// file whichever way it was loaded. A file of any other shape gives undefined, and the caller
// loads it in full.
import { Buffer } from 'node:buffer';
import { PDFCatalog, PDFDict, PDFDocument, PDFName, PDFObject, PDFParser, PDFRawStream, PDFRef, type PDFContext } from 'pdf-lib';

/** An object kept as the bytes it was printed as, between "obj" and "endobj". */
class Verbatim extends PDFObject {
  constructor(
    private readonly source: Buffer,
    private readonly start: number,
    private readonly end: number,
  ) {
    super();
  }

  override clone(): Verbatim {
    return new Verbatim(this.source, this.start, this.end);
  }

  override toString(): string {
    return this.source.toString('latin1', this.start, this.end);
  }

  override sizeInBytes(): number {
    return this.end - this.start;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    return this.source.copy(buffer, offset, this.start, this.end);
  }
}

const bytesOf = (word: string): number[] => Array.from(word, (c) => c.charCodeAt(0));
const XREF = bytesOf('xref');
const TRAILER = bytesOf('trailer');
const OBJ = bytesOf('obj');
const ENDOBJ = bytesOf('endobj');

/** An object in use, where the cross-reference table says it starts. */
interface Entry {
  ref: PDFRef;
  offset: number;
}

/**
 * The start of a structure element: a dictionary whose first key is /Type /StructElem. Chromium
 * writes hundreds, one per element of the page; iop reads none of them.
 */
const STRUCT_ELEM = /^<<\s*\/Type\s*\/StructElem[\s/<>[\]()%]/;

/** What may stand before the first object: the header and its binary comment. */
const HEADER = /^%PDF-\d\.\d[ \t]*\r?\n(%[^\r\n]*\r?\n)?\s*$/;

/** The end of a file written in one go: where its cross-reference table starts. */
const TAIL = /startxref\s+(\d+)\s+%%EOF\s*$/;

const WHITESPACE = /^\s*$/;

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

/** Objects a classic file written in one go does not have, which a full parse would unpack or drop. */
const UNEXPECTED_OBJECTS = ['/ObjStm', '/XRef'];

/**
 * Where `needle` next occurs at or after a place (Infinity: nowhere), asked of places in
 * increasing order: the search goes on from where it stopped, so the bytes are searched once.
 */
class Cursor {
  private found = -Infinity;

  constructor(
    private readonly bytes: Buffer,
    private readonly needle: string,
  ) {}

  next(from: number): number {
    if (this.found < from) {
      const at = this.bytes.indexOf(this.needle, from, 'latin1');
      this.found = at === -1 ? Infinity : at;
    }
    return this.found;
  }
}

/**
 * Whether structure elements hold nothing iop must see: no string that could be an id
 * normalizeStructureIds renames (no "node", no hex string, no escape that could spell it), and no
 * second object run together with the element ("endobj"). Asked of the elements in file order.
 */
class PlainCheck {
  private readonly node: Cursor;
  private readonly endobj: Cursor;
  private readonly backslash: Cursor;
  private readonly lessThan: Cursor;

  constructor(private readonly bytes: Buffer) {
    this.node = new Cursor(bytes, 'node');
    this.endobj = new Cursor(bytes, 'endobj');
    this.backslash = new Cursor(bytes, '\\');
    this.lessThan = new Cursor(bytes, '<');
  }

  /** Whether the bytes from `start` to `end` are plain; asked in file order. */
  plain(start: number, end: number): boolean {
    if (this.node.next(start) < end || this.endobj.next(start) < end || this.backslash.next(start) < end) return false;
    // "<<" opens a dictionary; a single "<" a hex string.
    for (let at = this.lessThan.next(start); at < end; at = this.lessThan.next(at + 2)) {
      if (this.bytes[at + 1] !== LESS_THAN) return false;
    }
    return true;
  }
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

/** The digits from `start` to `end` as a number; NaN if any is no digit. */
function digits(bytes: Buffer, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i]!;
    if (!isDigit(byte)) return NaN;
    value = value * 10 + byte - 0x30;
  }
  return value;
}

/** A cross-reference entry: "oooooooooo ggggg n" (or f), then two bytes of end of line. */
function xrefEntry(bytes: Buffer, at: number): { offset: number; generation: number; inUse: boolean } | undefined {
  const offset = digits(bytes, at, at + 10);
  const generation = digits(bytes, at + 11, at + 16);
  const kind = bytes[at + 17];
  const wellFormed = bytes[at + 10] === 0x20 && bytes[at + 16] === 0x20 && isWhitespace(bytes[at + 18]!) && isWhitespace(bytes[at + 19]!);
  if (!wellFormed || Number.isNaN(offset) || Number.isNaN(generation) || (kind !== 0x6e && kind !== 0x66)) return undefined;
  return { offset, generation, inUse: kind === 0x6e };
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
}

/** pdf-lib's parser, used object by object at the offsets the cross-reference table gives. */
class PrintParser extends PDFParser {
  private readonly check: PlainCheck;

  constructor(private readonly raw: Buffer) {
    super(raw, Infinity, true);
    this.check = new PlainCheck(raw);
  }

  get objects(): PDFContext {
    return this.context;
  }

  /** The cross-reference table at `offset` and the trailer after it; undefined for a cross-reference stream. */
  table(offset: number): { entries: Entry[]; trailer: PDFDict; end: number } | undefined {
    this.bytes.moveTo(offset);
    if (!this.matchKeyword(XREF)) return undefined;
    this.skipWhitespaceAndComments();
    const entries: Entry[] = [];
    // Subsections: the first object's number and the count, then an entry of exactly 20 bytes per object.
    while (!this.bytes.done() && isDigit(this.bytes.peek())) {
      const first = this.parseRawInt();
      this.skipWhitespaceAndComments();
      const count = this.parseRawInt();
      this.skipWhitespaceAndComments();
      for (let k = 0, at = this.bytes.offset(); k < count; k++, at += 20) {
        const entry = xrefEntry(this.raw, at);
        if (entry === undefined) return undefined;
        if (entry.inUse) entries.push({ ref: PDFRef.of(first + k, entry.generation), offset: entry.offset });
        this.bytes.moveTo(at + 20);
      }
      this.skipWhitespaceAndComments();
    }
    if (!this.matchKeyword(TRAILER)) return undefined;
    this.skipWhitespaceAndComments();
    const trailer = this.parseObject();
    if (!(trailer instanceof PDFDict)) return undefined;
    this.skipWhitespaceAndComments();
    return { entries, trailer, end: this.bytes.offset() };
  }

  /**
   * The object `entry` points at, which must fill the bytes up to `end` (where the next object
   * starts): as its bytes when it is a structure element or a stream, which iop has no use for,
   * parsed otherwise.
   */
  object(entry: Entry, end: number): PDFObject {
    this.bytes.moveTo(entry.offset);
    const number = this.parseRawInt();
    this.skipWhitespaceAndComments();
    const generation = this.parseRawInt();
    this.skipWhitespaceAndComments();
    if (number !== entry.ref.objectNumber || generation !== entry.ref.generationNumber || !this.matchKeyword(OBJ)) {
      throw new Error(`no object ${entry.ref} at ${entry.offset}`);
    }
    this.skipWhitespaceAndComments();
    const start = this.bytes.offset();
    if (STRUCT_ELEM.test(this.raw.toString('latin1', start, Math.min(end, start + 32)))) {
      const close = this.raw.lastIndexOf('endobj', end - ENDOBJ.length);
      let last = close;
      while (last > start && isWhitespace(this.raw[last - 1]!)) last--;
      const closed = this.raw[last - 1] === GREATER_THAN && this.raw[last - 2] === GREATER_THAN;
      if (close > start && closed && WHITESPACE.test(this.raw.toString('latin1', close + ENDOBJ.length, end)) && this.check.plain(start, last)) {
        return new Verbatim(this.raw, start, last);
      }
    }
    const object = this.parseObject();
    const last = this.bytes.offset();
    this.skipWhitespaceAndComments();
    if (!this.matchKeyword(ENDOBJ)) throw new Error(`object ${entry.ref} does not end`);
    this.skipWhitespaceAndComments();
    if (this.bytes.offset() !== end) throw new Error(`bytes after object ${entry.ref}`);
    // A stream (page contents, a font, an image) is never read: it is written back as printed.
    return object instanceof PDFRawStream ? new Verbatim(this.raw, start, last) : object;
  }
}

/** The trailer keys of a file that is not one classic section: encrypted, updated, or with a cross-reference stream. */
const UNEXPECTED_TRAILER_KEYS = ['Encrypt', 'Prev', 'XRefStm'].map((key) => PDFName.of(key));

/**
 * `bytes` loaded as PDFDocument.load(bytes, { updateMetadata: false }) would, except that the
 * structure elements and streams iop does not read stay unparsed; undefined when the file is not
 * a classic PDF written in one go, or anything in it does not read as expected.
 */
export function loadPrinted(bytes: Uint8Array): PDFDocument | undefined {
  try {
    return load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return undefined;
  }
}

function load(raw: Buffer): PDFDocument | undefined {
  const tail = TAIL.exec(raw.toString('latin1', Math.max(0, raw.length - 64)));
  if (!tail || raw.toString('latin1', 0, 5) !== '%PDF-' || UNEXPECTED_OBJECTS.some((type) => raw.includes(type))) return undefined;
  const xref = Number(tail[1]);
  const parser = new PrintParser(raw);
  const table = parser.table(xref);
  if (!table || !WHITESPACE.test(raw.toString('latin1', table.end, raw.lastIndexOf('startxref')))) return undefined;
  const { trailer } = table;
  const root = trailer.get(PDFName.of('Root'));
  const info = trailer.get(PDFName.of('Info'));
  const id = trailer.get(PDFName.of('ID'));
  if (!(root instanceof PDFRef) || !(info === undefined || info instanceof PDFRef)) return undefined;
  if (UNEXPECTED_TRAILER_KEYS.some((key) => trailer.has(key))) return undefined;
  // The objects fill the file from the header to the table, each from its offset to the next one's.
  const entries = [...table.entries].sort((a, b) => a.offset - b.offset);
  // Object 0 heads the list of free objects; a full parse drops one that is in use.
  if (entries.some((entry) => entry.ref.objectNumber === 0)) return undefined;
  if (entries.length === 0 || !HEADER.test(raw.toString('latin1', 0, entries[0]!.offset))) return undefined;
  const context = parser.objects;
  entries.forEach((entry, i) => {
    context.assign(entry.ref, parser.object(entry, entries[i + 1]?.offset ?? xref));
  });
  if (!(context.lookup(root) instanceof PDFCatalog)) return undefined;
  context.trailerInfo = { Root: root, Info: info, ID: id };
  // What PDFDocument.load does with the objects it parsed; the constructor is private only in the
  // type declarations. It would throw for an encrypted file, which was refused above.
  return Reflect.construct(PDFDocument, [context, false, false]) as PDFDocument;
}
