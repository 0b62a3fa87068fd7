// Reading and finishing a PDF as Chromium printed it without parsing it whole (printed-pdf.ts) gives
// what pdf-lib's full load gives: the same bookmarks, fonts, pages and metadata, the same objects
// in the finished file, the same text. Prints of the same document finish to the same bytes, and
// a file of any other shape is loaded in full instead.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build/build.js';
import { launchBrowser, openDocumentPage, resolveBrowser, type LaunchedBrowser, type Page } from '../../src/render/browser.js';
import { readManifestFrom, type Manifest } from '../../src/render/manifest.js';
import type { PdfMetadata } from '../../src/render/metadata.js';
import { loadPdf } from '../../src/render/outline.js';
import { readLoaded, readPrint, type Reading, type ReadingRequest } from '../../src/render/print-reading.js';
import { loadPrinted } from '../../src/render/printed-pdf.js';
import { verify } from '../../src/verify/verify.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { pdfPages } from '../helpers/pdf-text.js';

// What the build hands to readPrint: the bytes exactly as Chromium printed them.
const captured = vi.hoisted(() => [] as Array<{ bytes: Uint8Array; request: ReadingRequest }>);
vi.mock('../../src/render/print-reading.js', async (original) => {
  const actual = await original<typeof import('../../src/render/print-reading.js')>();
  return {
    ...actual,
    readPrint: (bytes: Uint8Array, request: ReadingRequest) => {
      captured.push({ bytes: bytes.slice(), request });
      return actual.readPrint(bytes, request);
    },
  };
});

const NAVET = join(ROOT, 'examples', 'navet');
const out = tempDir('iop-printed-');
let browser: LaunchedBrowser;

/** A print as the build makes it, of HTML set as a page's content. */
async function print(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html);
  return page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<div style="font-size:8pt">Överenskommelse</div>',
    footerTemplate: '<div style="font-size:8pt">Sida <span class="pageNumber"></span></div>',
    tagged: true,
    outline: true,
  });
}

/**
 * Some forty pages: a page tree of more than one level, a bookmark per section, and a table per
 * section whose header cells Chromium gives ids (the cells below refer to them).
 */
const SECTIONS = 30;
const LONG = `<!doctype html><html lang="sv"><head><title>Lång överenskommelse</title></head><body>${Array.from(
  { length: SECTIONS },
  (_, i) =>
    `<h2>${i + 1} Avsnitt om ansvar och uppföljning</h2>${'<p>Parterna ska gemensamt följa upp verksamheten och redovisa resultatet till nämnden varje kvartal. </p>'.repeat(22)}` +
    '<table><tr><th>Part</th><th>Ansvar</th><th>Belopp</th></tr><tr><td>Föreningen</td><td>Verksamheten</td><td>875 000 kr</td></tr></table>',
).join('')}</body></html>`;

/** One page, no headings: Chromium makes no bookmarks. */
const PLAIN = '<!doctype html><html lang="sv"><head><title>Kort beslut</title></head><body><p>Nämnden beslutar att godkänna överenskommelsen.</p></body></html>';

let navetAvtal: Uint8Array;
let navetTu: Uint8Array;
type Finish = NonNullable<ReadingRequest['finish']>;
let navetFinish: Finish;
let long: Uint8Array;
let longAgain: Uint8Array;
let longFresh: Uint8Array;
let plain: Uint8Array;

beforeAll(async () => {
  browser = await launchBrowser(await resolveBrowser());
  // A draft: its running head is printed from the header and footer templates, in the header's own
  // font, which the reading must find (hasFont); a final build prints it in the page margins.
  const built = await build([NAVET], { out: join(out.dir, 'navet'), browser: browser.browser, utkast: true });
  expect(built.ok).toBe(true);
  const last = (kind: string) => captured.filter((c) => c.request.finish?.manifest.dokument === kind).at(-1)!;
  navetAvtal = last('avtal').bytes;
  navetTu = last('tjansteutlatande').bytes;
  navetFinish = last('avtal').request.finish!;
  const page = await openDocumentPage(browser.browser);
  long = await print(page, LONG);
  plain = await print(page, PLAIN);
  // The same document again on the same page: its elements are new nodes, with other ids.
  longAgain = await print(page, LONG);
  longFresh = await print(await openDocumentPage(browser.browser), LONG);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  out.cleanup();
});

const metadata: PdfMetadata = {
  title: 'Överenskommelse om idéburet offentligt partnerskap',
  subject: 'Föreningen Navet och Socialnämnden Nordost',
  keywords: ['IOP', 'fingeravtryck:0123456789ab'],
  date: new Date('2024-01-08T00:00:00Z'),
  id: '683c602a3291a15d83dfe24379d09f65',
  producer: 'iop 0.1.0',
};
const manifest: Manifest = { format: 1, iop: '0.1.0', dokument: 'avtal', ärende: 'examples/navet', utkast: false, fingeravtryck: 'f'.repeat(64), sänkta_regler: [], indata: { 'iop.yaml': 'a'.repeat(64) } };
const request = (finish: Finish = { manifest, metadata: { ...metadata, author: 'Socialförvaltning Nordost' } }): ReadingRequest => ({ outline: true, font: 'SourceSans3-Regular', finish });

/** Both ways: as printed (the fast load) and in full (pdf-lib's load). */
async function bothWays(bytes: Uint8Array, req: ReadingRequest): Promise<{ fast: Reading; full: Reading }> {
  const doc = loadPrinted(bytes);
  expect(doc, 'a PDF as Chromium prints it loads without a full parse').toBeDefined();
  return { fast: await readLoaded(doc!, req), full: await readLoaded(await loadPdf(bytes), req) };
}

/** The ids normalizeStructureIds gives `count` elements. */
const renamed = (count: number): string[] => Array.from({ length: count }, (_, i) => `node${String(i + 1).padStart(8, '0')}`);

/** Every object of a finished file, as pdf-lib reads it back, by reference. */
async function objectsOf(pdf: Uint8Array): Promise<Map<string, string>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return new Map(doc.context.enumerateIndirectObjects().map(([ref, object]) => [ref.toString(), object.toString()]));
}

/** The metadata a reader shows, read back with pdf-lib. */
async function metadataOf(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const id = doc.context.trailerInfo.ID;
  return {
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
    creator: doc.getCreator(),
    producer: doc.getProducer(),
    created: doc.getCreationDate()?.toISOString(),
    modified: doc.getModificationDate()?.toISOString(),
    lang: (doc.catalog.lookup(PDFName.of('Lang')) as PDFString | undefined)?.decodeText(),
    displayDocTitle: prefs?.lookup(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    id: id instanceof PDFArray ? id.asArray().map((part) => (part as PDFHexString).asString()) : undefined,
  };
}

/** The strings of the tagged structure's ids, in the order the ID tree lists them. */
async function structureIds(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const ids: string[] = [];
  const walk = (node: PDFDict | undefined): void => {
    const names = node?.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; names && i < names.size(); i += 2) ids.push((names.lookup(i) as PDFString).decodeText());
    const kids = node?.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(kids.lookup(i, PDFDict));
  };
  walk(root?.lookupMaybe(PDFName.of('IDTree'), PDFDict));
  return ids;
}

/** Whether every offset in the file's cross-reference table points at "N G obj" of its own object. */
function offsetsPointAtObjects(pdf: Uint8Array): { checked: number; wrong: string[] } {
  const text = Buffer.from(pdf).toString('latin1');
  const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const table = text.slice(xref, text.indexOf('trailer', xref));
  const wrong: string[] = [];
  let checked = 0;
  let number = 0;
  for (const line of table.split(/\r?\n/).slice(1)) {
    const subsection = /^(\d+) (\d+)$/.exec(line);
    const entry = /^(\d{10}) (\d{5}) ([nf])\s*$/.exec(line);
    if (subsection) number = Number(subsection[1]);
    else if (entry) {
      if (entry[3] === 'n') {
        checked++;
        if (!text.startsWith(`${number} ${Number(entry[2])} obj`, Number(entry[1]))) wrong.push(`${number}`);
      }
      number++;
    }
  }
  return { checked, wrong };
}

function pageText(pdf: Uint8Array, name: string): Promise<string[]> {
  const file = join(out.dir, name);
  writeFileSync(file, pdf);
  return pdfPages(file);
}

describe('a PDF as Chromium printed it, read and finished without a full parse', () => {
  const prints = (): Array<[string, Uint8Array]> => [
    ['navet’s agreement', navetAvtal],
    ['navet’s tjänsteutlåtande', navetTu],
    ['a document of forty pages', long],
    ['a document without bookmarks', plain],
  ];

  it('is what Chromium printed: one classic cross-reference table, no object streams', () => {
    for (const [name, bytes] of prints()) {
      const text = Buffer.from(bytes).toString('latin1');
      expect(text.match(/startxref/g), name).toHaveLength(1);
      expect(text, name).toMatch(/\nxref\r?\n/);
      expect(text, name).not.toContain('/ObjStm');
      expect(text, name).not.toContain('/XRef');
    }
  });

  it('gives the same bookmarks, fonts and pages as a full parse', async () => {
    for (const [name, bytes] of prints()) {
      const { fast, full } = await bothWays(bytes, request());
      expect(fast.outline, name).toEqual(full.outline);
      expect(fast.hasFont, name).toBe(full.hasFont);
      expect(fast.finished!.pages, name).toBe(full.finished!.pages);
    }
    const navet = await bothWays(navetAvtal, request());
    expect(navet.fast.outline!.length).toBeGreaterThan(20);
    expect(navet.fast.hasFont).toBe(true);
    const none = await bothWays(plain, request());
    expect(none.fast.outline).toEqual([]);
    expect((await bothWays(long, request())).fast.finished!.pages).toBeGreaterThan(30);
  });

  it('finishes to the same objects as a full parse, the structure ids renamed alike', async () => {
    for (const [name, bytes] of prints()) {
      const { fast, full } = await bothWays(bytes, request());
      const [a, b] = await Promise.all([objectsOf(fast.finished!.pdf), objectsOf(full.finished!.pdf)]);
      expect([...a.keys()], name).toEqual([...b.keys()]);
      for (const [ref, object] of a) expect(object, `${name}: object ${ref}`).toBe(b.get(ref));
    }
    const { fast } = await bothWays(long, request());
    expect(await structureIds(fast.finished!.pdf)).toEqual(renamed(SECTIONS * 3));
  });

  it('sets the same metadata, with or without an author', async () => {
    for (const finish of [request().finish!, { manifest, metadata }, navetFinish] as Finish[]) {
      const { fast, full } = await bothWays(navetAvtal, request(finish));
      const read = await metadataOf(fast.finished!.pdf);
      expect(read).toEqual(await metadataOf(full.finished!.pdf));
      expect(read).toMatchObject({
        title: finish.metadata.title,
        author: finish.metadata.author,
        subject: finish.metadata.subject,
        keywords: finish.metadata.keywords.join(' '),
        creator: 'iop',
        producer: finish.metadata.producer,
        created: finish.metadata.date.toISOString(),
        modified: finish.metadata.date.toISOString(),
        lang: 'sv',
        displayDocTitle: true,
      });
      const id = finish.metadata.id.padEnd(32, '0').slice(0, 32);
      expect(read.id).toEqual([id, id]);
      // Nothing is left of the print's own document information (Chromium's date of printing).
      expect(Buffer.from(fast.finished!.pdf).toString('latin1')).not.toContain('Skia/PDF');
    }
  });

  it('embeds the manifest, which iop verify reads', async () => {
    const { fast } = await bothWays(navetAvtal, { finish: navetFinish });
    expect(await readManifestFrom(fast.finished!.pdf)).toEqual(navetFinish.manifest);
    const file = join(out.dir, 'avtal.pdf');
    writeFileSync(file, fast.finished!.pdf);
    const verification = await verify(file, NAVET, { cwd: ROOT });
    expect(verification.matches).toBe(true);
  });

  it('keeps the text of every page', async () => {
    for (const [name, bytes] of prints()) {
      const { fast, full } = await bothWays(bytes, request());
      const text = await pageText(fast.finished!.pdf, 'fast.pdf');
      expect(text, name).toEqual(await pageText(full.finished!.pdf, 'full.pdf'));
      expect(text.join(' '), name).toMatch(/\w{4}/);
    }
  });

  it('writes a cross-reference table whose every offset points at its object', async () => {
    for (const [name, bytes] of prints()) {
      const { fast } = await bothWays(bytes, request());
      const { checked, wrong } = offsetsPointAtObjects(fast.finished!.pdf);
      expect(checked, name).toBeGreaterThan(10);
      expect(wrong, name).toEqual([]);
    }
  });

  it('finishes two prints of the same document to the same bytes, whatever ids Chromium gave', async () => {
    const raw = await Promise.all([long, longAgain, longFresh].map((bytes) => structureIdsOfPrint(bytes)));
    // Not vacuous: the prints differ in their ids (and in their date of printing).
    expect(new Set(raw.map((ids) => ids.join())).size).toBeGreaterThan(1);
    const [a, b, c] = await Promise.all([long, longAgain, longFresh].map((bytes) => readPrint(bytes, request())));
    expect(Buffer.compare(a!.finished!.pdf, b!.finished!.pdf)).toBe(0);
    expect(Buffer.compare(a!.finished!.pdf, c!.finished!.pdf)).toBe(0);
  });

  /** The ids as Chromium named them, read with pdf-lib. */
  async function structureIdsOfPrint(bytes: Uint8Array): Promise<string[]> {
    return structureIds(await (await PDFDocument.load(bytes, { updateMetadata: false })).save({ useObjectStreams: false }));
  }
});

describe('a PDF of another shape', () => {
  /** `bytes` with `from` replaced by `to` once, offsets after it unchanged only if both are as long. */
  const replaced = (bytes: Uint8Array, from: string, to: string): Uint8Array => {
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain(from);
    return new Uint8Array(Buffer.from(text.replace(from, to), 'latin1'));
  };

  async function sameAsFull(bytes: Uint8Array): Promise<void> {
    const [fast, full] = await Promise.all([readPrint(bytes, request()), readLoaded(await loadPdf(bytes), request())]);
    expect(fast.outline).toEqual(full.outline);
    expect(fast.hasFont).toBe(full.hasFont);
    expect(Buffer.compare(fast.finished!.pdf, full.finished!.pdf)).toBe(0);
  }

  it('with object streams is loaded in full, to the same result', async () => {
    const packed = await (await PDFDocument.load(navetTu, { updateMetadata: false })).save({ useObjectStreams: true });
    expect(loadPrinted(packed)).toBeUndefined();
    await sameAsFull(packed);
  });

  it('updated incrementally is loaded in full, to the same result', async () => {
    const text = Buffer.from(navetTu).toString('latin1');
    const xref = /startxref\s+(\d+)/.exec(text.slice(-40))![1];
    const root = /\/Root (\d+ \d+ R)/.exec(text)![1];
    const size = Number(/\/Size (\d+)/.exec(text)![1]);
    const object = `${size} 0 obj\n<</Title (Uppdaterad)>>\nendobj\n`;
    const xrefAt = text.length + object.length;
    const update = `${object}xref\n${size} 1\n${String(text.length).padStart(10, '0')} 00000 n \ntrailer\n<</Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${xref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const updated = new Uint8Array(Buffer.from(text + update, 'latin1'));
    expect(loadPrinted(updated)).toBeUndefined();
    await sameAsFull(updated);
  });

  it('that says it is encrypted is refused, as a full parse refuses it', async () => {
    const encrypted = replaced(navetTu, '/Root ', '/Encrypt 1 0 R /Root ');
    expect(loadPrinted(encrypted)).toBeUndefined();
    await expect(readPrint(encrypted, request())).rejects.toThrow();
  });

  it('whose cross-reference table points beside its objects is loaded in full, to the same result', async () => {
    // Every offset one byte off: pdf-lib reads the objects in order and never looks at the table.
    const text = Buffer.from(navetTu).toString('latin1');
    const shifted = text.replace(/^(\d{10}) 00000 n/gm, (_, offset: string) => `${String(Number(offset) + 1).padStart(10, '0')} 00000 n`);
    const bytes = new Uint8Array(Buffer.from(shifted, 'latin1'));
    expect(loadPrinted(bytes)).toBeUndefined();
    await sameAsFull(bytes);
  });

  for (const [form, write] of [
    ['hex strings', (id: string) => PDFHexString.fromText(id)],
    ['strings with escapes', (id: string) => PDFString.of(`\\156${id.slice(1)}`)],
  ] as const) {
    it(`with structure ids written as ${form} renames them as a full parse does`, async () => {
      // pdf-lib's own writing of the print, each id written otherwise: still one classic table.
      const doc = await PDFDocument.load(long, { updateMetadata: false });
      let rewritten = 0;
      const visit = (object: PDFObject | undefined, set: (value: PDFObject) => void): void => {
        if (object instanceof PDFString && /^node\d+$/.test(object.decodeText())) {
          set(write(object.decodeText()));
          rewritten++;
        } else if (object instanceof PDFDict) {
          for (const [key, value] of object.entries()) visit(value, (v) => object.set(key, v));
        } else if (object instanceof PDFArray) {
          for (let i = 0; i < object.size(); i++) visit(object.get(i), (v) => object.set(i, v));
        }
      };
      for (const [ref, object] of doc.context.enumerateIndirectObjects()) visit(object, (v) => doc.context.assign(ref, v));
      // Each id stands in the ID tree, on its header cell, and in the cells that refer to it.
      expect(rewritten).toBeGreaterThanOrEqual(SECTIONS * 3 * 3);
      const bytes = await doc.save({ useObjectStreams: false });
      expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\(node\d+\)/);
      expect(loadPrinted(bytes)).toBeDefined();
      const { fast, full } = await bothWays(bytes, request());
      expect(await objectsOf(fast.finished!.pdf)).toEqual(await objectsOf(full.finished!.pdf));
      expect(await structureIds(fast.finished!.pdf)).toEqual(renamed(SECTIONS * 3));
    });
  }

  it('with an object its cross-reference table does not list is loaded in full, to the same result', async () => {
    // pdf-lib reads the objects one after the other and finds it; the table leaves it out.
    const text = Buffer.from(navetTu).toString('latin1');
    const pair = /\nendobj\n(\d+) 0 obj\n<<\/Type \/StructElem[^]*?\nendobj\n(\d+) 0 obj\n<<\/Type \/StructElem/.exec(text)!;
    const table = text.lastIndexOf('\nxref\n') + 1;
    const lines = text.slice(table).split('\n');
    // "xref", the subsection "0 N", then one line per object.
    const line = 2 + Number(pair[2]);
    expect(lines[line]).toMatch(/ 00000 n $/);
    lines[line] = lines[line]!.replace(/ n $/, ' f ');
    const unlisted = new Uint8Array(Buffer.from(text.slice(0, table) + lines.join('\n'), 'latin1'));
    expect(loadPrinted(unlisted)).toBeUndefined();
    await sameAsFull(unlisted);
  });

  it('that is no PDF fails as before', async () => {
    const bytes = new TextEncoder().encode('inte en pdf');
    expect(loadPrinted(bytes)).toBeUndefined();
    await expect(readPrint(bytes, request())).rejects.toThrow();
  });
});
