// The PDFs, checked by content (text per page and metadata, read with pdf.js) with one browser for the whole file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build/build.js';
import { launchBrowser, resolveBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { headerFontName } from '../../src/render/fonts.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { embeddedFonts, readPdf, type Pdf } from '../helpers/pdf.js';
import { pdfPages } from '../helpers/pdf-text.js';

const NAVET = join(ROOT, 'examples', 'navet');
const MINIMAL = join(ROOT, 'test', 'fixtures', 'render-minimal');

/** The text of page `page` (from 1), or of the whole document. */
function text(pdf: Pdf, page?: number): string {
  return page === undefined ? pdf.text : pdf.pages[page - 1]!;
}

let browser: LaunchedBrowser;
const out = tempDir('iop-pdf-');
let navet: BuildResult;
let avtalFile: string;
let avtal: Pdf;
let tu: Pdf;

beforeAll(async () => {
  browser = await launchBrowser(await resolveBrowser());
  navet = await build([NAVET], { out: join(out.dir, 'a'), browser: browser.browser });
  avtalFile = join(out.dir, 'a', 'navet', 'avtal.pdf');
  avtal = await readPdf(avtalFile);
  tu = await readPdf(join(out.dir, 'a', 'navet', 'tjansteutlatande.pdf'));
});

afterAll(async () => {
  await browser?.close();
  out.cleanup();
});

describe('iop build on examples/navet', () => {
  it('builds the agreement and the tjänsteutlåtande', () => {
    expect(navet.ok).toBe(true);
    expect(navet.arenden[0]?.files.map((f) => f.kind)).toEqual(['avtal', 'tjansteutlatande']);
  });

  it('numbers every page "Sida x av y" over the agreement', () => {
    const pages = avtal.pages.length;
    expect(pages).toBeGreaterThan(5);
    expect(text(avtal, 1)).toContain(`Sida 1 av ${pages}`);
    expect(text(avtal, pages)).toContain(`Sida ${pages} av ${pages}`);
    // The agreement has no bilagor: its last page is the signature page.
    expect(text(avtal, pages)).toContain('Underskrifter');
    expect(text(avtal, 1)).toMatch(/Fingeravtryck [0-9a-f]{12}/);
    expect(text(avtal, 2)).toContain('Dnr N163-0038/24');
  });

  it('has a table of contents with page numbers that match where the headings are', () => {
    const first = text(avtal, 1);
    const entry = /Underskrifter\s*\.*\s*(\d+)/.exec(first);
    expect(entry).not.toBeNull();
    expect(text(avtal, Number(entry![1]))).toContain('Denna överenskommelse är upprättad i fem (5) likalydande exemplar, varav parterna tagit varsitt.');
  });

  it('puts every signing party on the signature page', async () => {
    const pages = avtal.pages.length;
    const page = Array.from({ length: pages }, (_, i) => text(avtal, i + 1)).find((t) => t.includes('likalydande exemplar')) ?? '';
    // The "För …" labels as the agreement signs, in its signing order.
    const labels = ['Socialförvaltningen Nordost, Göteborgs Stad', 'Familjebostäder', 'Bergsjön 2031', 'Föreningen Navet i Bergsjön', 'Demokrati och medborgarservice'];
    // Read in the order written (two columns of blocks would interleave in a line-by-line reading).
    const flow = (await pdfPages(avtalFile)).find((t) => t.includes('likalydande exemplar')) ?? '';
    for (const name of labels) expect(flow).toContain(`För ${name}`);
    expect(labels.map((name) => flow.indexOf(`För ${name}`))).toEqual(labels.map((name) => flow.indexOf(`För ${name}`)).sort((a, b) => a - b));
    for (const signatory of ['Mohammed Ryback', 'Fredrik Johansson', 'Eva Englund', 'Mikael Olow', 'Erik Windt Wallenberg']) expect(page).toContain(signatory);
    // The agreement's preprinted date, "Göteborg 2024-", with a line to complete it, for each of the five.
    expect(page.match(/Göteborg\s+2024-_+/g)).toHaveLength(5);
  });

  it('prints the financing in the agreement’s own words, with no generated table or total', () => {
    const all = text(avtal).replace(/\u00a0/g, ' ');
    expect(all).toContain('ersätts på årsbasis med 875 000 SKR.');
    for (const orgnr of ['802444-1100', '556114-3941', '802459-2829']) expect(all).toContain(orgnr);
    expect(all).not.toContain('212000-1355');
    expect(all).not.toMatch(/Summa finansiering|Parternas bidrag|Totalt/);
  });

  it('writes metadata: title, author, fingerprint, language and tags', () => {
    const meta = avtal.info;
    expect(meta.title).toBe('Överenskommelse om Idéburet offentligt partnerskap');
    expect(meta.author).toBe('Socialförvaltning Nordost');
    expect(meta.creator).toBe('iop');
    expect(meta.keywords).toMatch(/fingeravtryck:[0-9a-f]{12}/);
    expect(meta.tagged).toBe(true);
    expect(readFileSync(avtalFile, 'latin1')).toContain('/Lang (sv)');
    expect(readFileSync(avtalFile, 'latin1')).toContain('/Outlines');
  });

  it('draws every text, the running header and footer too, in the bundled typeface, never in a font of the system', async () => {
    for (const file of [avtalFile, join(out.dir, 'a', 'navet', 'tjansteutlatande.pdf')]) {
      const fonts = await embeddedFonts(file);
      expect(fonts.length).toBeGreaterThan(1);
      // iop's own header and footer stand in the page margins, in the text's own font (running-head.ts).
      expect(fonts, 'no font of the header templates').not.toContain(headerFontName());
      for (const font of fonts) expect(font, file).toMatch(/^SourceSans3/);
    }
    expect(tu.pages[0]).toMatch(/Tjänsteutlåtande · Dnr N163-0038\/24/);
  });

  it('builds a tjänsteutlåtande with its diarienummer, decision points and page numbers "1 (N)"', () => {
    const pages = tu.pages.length;
    const first = text(tu, 1);
    expect(first).toContain('N163-0038/24');
    expect(first).toContain('Förslag till beslut');
    expect(first).toMatch(/1\.\s+Godkänna\s+överenskommelsen\s+om\s+Idéburet\s+Offentligt\s+Partnerskap\s+\(IOP\)\s+mellan\s+Socialförvaltning\s+Nordost/);
    expect(first).toContain(`1 (${pages})`);
    expect(first).toContain('Åsa Grellsgård');
  });

  it('gives byte-identical files when the same sources are built again', async () => {
    await build([NAVET], { out: join(out.dir, 'b'), browser: browser.browser });
    for (const name of ['avtal.pdf', 'tjansteutlatande.pdf']) {
      expect(Buffer.compare(readFileSync(join(out.dir, 'a', 'navet', name)), readFileSync(join(out.dir, 'b', 'navet', name)))).toBe(0);
    }
  });
});

describe('iop build on hostile prose', () => {
  it('prints a party called <b>{{x}}</b> literally and drops <script>', async () => {
    const result = await build([MINIMAL], { out: join(out.dir, 'm'), browser: browser.browser, html: true });
    expect(result.ok).toBe(true);
    const pdf = text(await readPdf(join(out.dir, 'm', 'render-minimal', 'avtal.pdf')));
    expect(pdf).toContain('<b>{{x}}</b> Läxhjälpen i Kvarnby');
    expect(pdf).not.toContain('alert');
    const html = readFileSync(join(out.dir, 'm', 'render-minimal', 'avtal.html'), 'utf8');
    expect(html).not.toMatch(/<script|javascript:/);
    // Electronic signing is stated, but how copies are handed out is not: no sentence says so.
    expect(pdf).not.toContain('Varje part får en elektroniskt undertecknad kopia');
  });
});
