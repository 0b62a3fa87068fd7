// The PDFs, checked by content (pdftotext, pdfinfo) with one browser for the whole file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/render/build.js';
import { launchBrowser, resolveBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { markersUnderstood } from '../helpers/markers.js';

const NAVET = join(ROOT, 'examples', 'navet');
const MINIMAL = join(ROOT, 'test', 'fixtures', 'render-minimal');

function text(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
}

function info(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

let browser: LaunchedBrowser;
const out = tempDir('iop-pdf-');
let navet: BuildResult;
let avtal: string;
let tu: string;

beforeAll(async () => {
  browser = await launchBrowser(await resolveBrowser());
  if (markersUnderstood) navet = await build([NAVET], { out: join(out.dir, 'a'), browser: browser.browser });
  avtal = join(out.dir, 'a', 'navet', 'avtal.pdf');
  tu = join(out.dir, 'a', 'navet', 'tjansteutlatande.pdf');
});

afterAll(async () => {
  await browser?.close();
  out.cleanup();
});

describe.runIf(markersUnderstood)('iop build on examples/navet', () => {
  it('builds the agreement and the tjänsteutlåtande', () => {
    expect(navet.ok).toBe(true);
    expect(navet.arenden[0]?.files.map((f) => f.kind)).toEqual(['avtal', 'tjansteutlatande']);
  });

  it('numbers every page "Sida x av y" over the agreement', () => {
    const pages = Number(info(avtal)['Pages']);
    expect(pages).toBeGreaterThan(5);
    expect(text(avtal, 1)).toContain(`Sida 1 av ${pages}`);
    expect(text(avtal, pages)).toContain(`Sida ${pages} av ${pages}`);
    expect(text(avtal, pages)).toMatch(/Underskrifter|Demokrati och medborgarservice/);
    expect(text(avtal, 1)).toMatch(/Fingeravtryck [0-9a-f]{12}/);
    expect(text(avtal, 2)).toContain('Dnr N163-0038/24');
  });

  it('has a table of contents with page numbers that match where the headings are', () => {
    const first = text(avtal, 1);
    const entry = /Underskrifter\s*\.*\s*(\d+)/.exec(first);
    expect(entry).not.toBeNull();
    expect(text(avtal, Number(entry![1]))).toContain('Denna överenskommelse är upprättad i fem (5) likalydande exemplar, varav parterna tagit varsitt.');
  });

  it('puts every signing party on the signature page', () => {
    const pages = Number(info(avtal)['Pages']);
    const page = Array.from({ length: pages }, (_, i) => text(avtal, i + 1)).find((t) => t.includes('likalydande exemplar')) ?? '';
    // The "För …" labels as the agreement signs, in its signing order.
    const labels = ['Socialförvaltningen Nordost, Göteborgs Stad', 'Familjebostäder', 'Bergsjön 2031', 'Föreningen Navet i Bergsjön', 'Demokrati och medborgarservice'];
    for (const name of labels) expect(page).toContain(`För ${name}`);
    expect(labels.map((name) => page.indexOf(`För ${name}`))).toEqual(labels.map((name) => page.indexOf(`För ${name}`)).sort((a, b) => a - b));
    for (const signatory of ['Mohammed Ryback', 'Fredrik Johansson', 'Eva Englund', 'Mikael Olow', 'Erik Windt Wallenberg']) expect(page).toContain(signatory);
    expect(page.match(/Göteborg 2024-_+/g)).toHaveLength(5);
  });

  it('prints the financing in the agreement’s own words, with no generated table or total', () => {
    const all = text(avtal).replace(/\u00a0/g, ' ');
    expect(all).toContain('ersätts på årsbasis med 875 000 SKR.');
    for (const orgnr of ['802444-1100', '556114-3941', '802459-2829']) expect(all).toContain(orgnr);
    expect(all).not.toContain('212000-1355');
    expect(all).not.toMatch(/Summa finansiering|Parternas bidrag|Totalt/);
  });

  it('writes metadata: title, author, fingerprint, language and tags', () => {
    const meta = info(avtal);
    expect(meta['Title']).toBe('Överenskommelse om Idéburet offentligt partnerskap');
    expect(meta['Author']).toBe('Socialförvaltning Nordost');
    expect(meta['Creator']).toBe('iop');
    expect(meta['Keywords']).toMatch(/fingeravtryck:[0-9a-f]{12}/);
    expect(meta['Tagged']).toBe('yes');
    expect(readFileSync(avtal, 'latin1')).toContain('/Lang (sv)');
    expect(readFileSync(avtal, 'latin1')).toContain('/Outlines');
  });

  it('builds a tjänsteutlåtande with its diarienummer, decision points and page numbers "1 (N)"', () => {
    const pages = Number(info(tu)['Pages']);
    const first = text(tu, 1);
    expect(first).toContain('N163-0038/24');
    expect(first).toContain('Förslag till beslut');
    expect(first).toMatch(/1\.\s+Godkänna överenskommelsen om Idéburet Offentligt Partnerskap \(IOP\) mellan Socialförvaltning\s+Nordost/);
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
    const pdf = text(join(out.dir, 'm', 'render-minimal', 'avtal.pdf'));
    expect(pdf).toContain('<b>{{x}}</b> Läxhjälpen i Kvarnby');
    expect(pdf).not.toContain('alert');
    const html = readFileSync(join(out.dir, 'm', 'render-minimal', 'avtal.html'), 'utf8');
    expect(html).not.toMatch(/<script|javascript:/);
    expect(pdf).toContain('Denna överenskommelse undertecknas elektroniskt av parterna.');
  });
});
