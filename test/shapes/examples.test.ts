// The bundled examples as a user meets them: Navet is the Navet agreement (compared with the seed
// sentence by sentence) and Västra Åby checks clean; both build with their blocks placed by
// {{> block}} markers and no section twice. The build tests run once the markers are understood
// (branch `blocks`); until then `check` reports each marker as an unknown helper and they are skipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { launchBrowser, resolveBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { applyCorrections, compare, NAVET_CORRECTIONS, pdfText as seedComparableText, seedDocuments, sentences, similarity } from '../../scripts/compare-seed.mjs';
import { tempDir, ROOT } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf-text.js';

const NAVET = join(ROOT, 'examples', 'navet');
const VASTRA_ABY = join(ROOT, 'examples', 'vastra-aby');
// The seed is kept in the repository (test/fixtures/seed), so these tests never skip.
const SEED = join(ROOT, 'test', 'fixtures', 'seed', 'navet-tjansteutlatande-och-avtal-2024.txt');
const TODAY = '2024-02-01';


describe('compare-seed, the sentence comparison', () => {
  it('splits sentences but not at abbreviations or dates', () => {
    expect(sentences('Avtalet gäller fr.o.m. 2024-03-01 t.o.m. 2025-03-31. Det förlängs med ett (1) år.')).toEqual([
      'Avtalet gäller fr.o.m. 2024-03-01 t.o.m. 2025-03-31.',
      'Det förlängs med ett (1) år.',
    ]);
  });

  it('counts an added sentence as invented, a reworded one as changed and a dropped one as missing', () => {
    const seed = ['Betalning sker senast 30 dagar efter ankomststämplad faktura och godkänd specifikation.', 'Räntelagens bestämmelser om dröjsmålsränta kommer att tillämpas.'];
    const pdf = 'Betalning sker senast 30 dagar efter fakturadatum och godkänd specifikation. Uppsägningen ska vara skriftlig och ske till alla parter.';
    const result = compare(seed, pdf);
    expect(result.invented).toEqual(['Uppsägningen ska vara skriftlig och ske till alla parter.']);
    expect(result.changed.map((c) => c.pdf)).toEqual(['Betalning sker senast 30 dagar efter fakturadatum och godkänd specifikation.']);
    expect(result.missing).toEqual(['Räntelagens bestämmelser om dröjsmålsränta kommer att tillämpas.']);
    expect(compare(seed, seed.join(' '))).toMatchObject({ invented: [], changed: [], missing: [] });
  });

  it('scores word overlap', () => {
    expect(similarity('a b c d', 'a b c d')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });

  it('makes the Navet example’s documented corrections in the seed, and no others', () => {
    const text = readFileSync(SEED, 'utf8');
    const corrected = applyCorrections(text, NAVET_CORRECTIONS);
    expect(corrected.applied).toBe(NAVET_CORRECTIONS.length);
    expect(corrected.text).not.toContain('2025-12-31');
    const documents = seedDocuments(corrected.text);
    expect(documents.avtal[0]).toBe('Överenskommelse om Idéburet offentligt partnerskap');
    expect(documents.avtal).not.toContain('Innehållsförteckning');
    expect(documents.tjansteutlatande).toContain('Förslag till beslut');
  });
});

describe('check on the examples', () => {
  it('finds in Navet only what the real agreement lacks (goals without a responsible party, an invoice address without reference, a decision naming the förvaltning)', () => {
    const result = check([NAVET], { today: TODAY });
    const found = result.diagnostics.filter((d) => !(d.ruleId === 'text/referenser' && d.message.includes('>')));
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    // parter/namn: the seed itself writes "Socialnämnd Nordost" and "Familjebostäder i Bergsjön".
    expect([...new Set(found.map((d) => d.ruleId))].sort()).toEqual(['fakturering/uppgifter', 'mål/uppföljning', 'parter/namn', 'tjänsteutlåtande/parter']);
  });

  it('finds no error in Västra Åby', () => {
    const result = check([VASTRA_ABY], { today: TODAY });
    expect(result.diagnostics.filter((d) => d.severity === 'error' && !(d.ruleId === 'text/referenser' && d.message.includes('>')))).toEqual([]);
  });
});

describe('the examples built', () => {
  let browser: LaunchedBrowser;
  const out = tempDir('iop-exempel-');
  let navet = '';
  let vastraAby = '';
  // The agreement's own sections (a bilaga may repeat a heading of another bilaga, e.g. "Uppföljning").
  const headings = (file: string) => [...mainOf(readFileSync(file, 'utf8')).matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/^\s*\d+\s*/, '').trim());

  beforeAll(async () => {
    browser = await launchBrowser(await resolveBrowser());
    const result = await build([NAVET, VASTRA_ABY], { out: out.dir, browser: browser.browser, html: true, today: TODAY });
    expect(result.ok).toBe(true);
    navet = await pdfText(join(out.dir, 'navet', 'avtal.pdf'));
    vastraAby = await pdfText(join(out.dir, 'vastra-aby', 'avtal.pdf'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    out.cleanup();
  });

  it('prints no section heading twice', () => {
    for (const name of ['navet', 'vastra-aby']) {
      const list = headings(join(out.dir, name, 'avtal.html'));
      expect(list.filter((h, i) => list.indexOf(h) !== i), name).toEqual([]);
    }
  });

  it('prints Navet’s renewal, KPI and payment clauses in the agreement’s words, and nothing it lacks', () => {
    expect(navet).toContain('och förlängs med ett (1) år i taget om ingen uppsägning sker.');
    expect(navet).toContain('Vid förlängning av överenskommelsen ska finansieringen räknas upp utifrån konsumentprisindex (KPI).');
    expect(navet).toContain('Betalning sker senast 30 dagar efter ankomststämplad faktura och godkänd specifikation.');
    for (const invented of ['Arbets- och uppföljningsplan fr.o.m.', 'Parternas bidrag', 'Totalt', 'Organisationsnummer', 'Vid försenad betalning', 'sänks inte', 'Ansvar för insamling av data: ']) expect(navet).not.toContain(invented);
  });

  it('says what the seed says: no sentence invented or changed in the agreement or the tjänsteutlåtande', async () => {
    const seed = seedDocuments(applyCorrections(readFileSync(SEED, 'utf8'), NAVET_CORRECTIONS).text);
    const avtal = compare(seed.avtal, await seedComparableText(join(out.dir, 'navet', 'avtal.pdf')));
    const tu = compare(seed.tjansteutlatande, await seedComparableText(join(out.dir, 'navet', 'tjansteutlatande.pdf')));
    expect({ invented: avtal.invented, changed: avtal.changed }).toEqual({ invented: [], changed: [] });
    expect({ invented: tu.invented, changed: tu.changed, missing: tu.missing }).toEqual({ invented: [], changed: [], missing: [] });
  });

  it('prints Västra Åby’s shapes from its data', () => {
    expect(vastraAby).toContain('nio (9) partners');
    expect(vastraAby).toContain('Överenskommelsen kan sägas upp i förtid med sex (6) månaders uppsägningstid.');
    expect(vastraAby).toContain('Partnerskapsrådet möts minst fyra (4) gånger per år.');
    expect(vastraAby).toContain('Enligt bilaga 1');
    expect(vastraAby).toContain('Bilaga: Kontaktlista');
    expect(vastraAby).not.toContain('Organisationsnummer');
    expect(vastraAby).not.toContain('Totalt');
  });
});

/** The body of the agreement: between <main> and </main>, without the title page and bilagor. */
function mainOf(html: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  return start === -1 || end === -1 ? html : html.slice(start, end);
}
