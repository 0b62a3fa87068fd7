// Block placement by markers: `{{> NAME}}` in avtal.md puts a generated block at that place; a
// block not placed goes to its default place; nothing is printed twice or guessed from headings.
import { describe, expect, it } from 'vitest';
import { avtalDocument } from '../../src/render/document.js';
import { loadTemplates } from '../../src/render/templates.js';
import { arendeFromText, BASE_YAML, replaced } from '../helpers/arende.js';

function html(avtal: string, yaml = BASE_YAML): string {
  const arende = arendeFromText({ yaml, avtal });
  return avtalDocument({ arende, templates: loadTemplates({ regler: {} }), fingerprint: 'test', utkast: true }).html;
}

/** The numbered section headings, in order. */
function headings(page: string): string[] {
  return [...page.matchAll(/<h2 id="avsnitt-\d+"><span class="nr">(\d+)<\/span> ([^<]*)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
}

/** The HTML of the numbered section with this heading. */
function sectionOf(page: string, titel: string): string {
  const start = page.indexOf(`</span> ${titel}</h2>`);
  if (start < 0) throw new Error(`inget avsnitt ${titel}`);
  return page.slice(start, page.indexOf('</section>', start));
}

const count = (page: string, text: string): number => page.split(text).length - 1;

describe('block placement by markers', () => {
  it('puts a block where its marker stands, between the paragraphs around it', () => {
    const page = html('## Ekonomi\n\nFöre tabellen.\n\n{{> finansiering}}\n\nEfter tabellen.\n');
    const ekonomi = sectionOf(page, 'Ekonomi');
    expect(ekonomi.indexOf('Före tabellen.')).toBeLessThan(ekonomi.indexOf('<table class="finansiering">'));
    expect(ekonomi.indexOf('<table class="finansiering">')).toBeLessThan(ekonomi.indexOf('Efter tabellen.'));
    expect(count(page, '<table class="finansiering">')).toBe(1);
    expect(page).not.toContain('\uE000');
  });

  it('places the parties first and every other unplaced block in its own section after the prose', () => {
    const page = html('## Bakgrund\n\nText.\n\n## Tvist\n\nTvister löses genom samtal.\n');
    expect(headings(page)).toEqual(['1 Parter', '2 Bakgrund', '3 Tvist', '4 Organisation', '5 Mål', '6 Parternas åtaganden', '7 Finansiering', '8 Fakturering', '9 Avtalstid', '10 Bilagor']);
  });

  it('does not attach a block to a prose section by the words of its heading', () => {
    const page = html('## Finansiering\n\nParternas egen text om pengar.\n');
    expect(sectionOf(page, 'Finansiering')).toContain('Parternas egen text om pengar.');
    expect(sectionOf(page, 'Finansiering')).not.toContain('<table class="finansiering">');
  });

  it('prints a block placed twice once, at its first marker', () => {
    const page = html('## Ekonomi\n\n{{> finansiering}}\n\n## Mer ekonomi\n\n{{> finansiering}}\n');
    expect(count(page, '<table class="finansiering">')).toBe(1);
    expect(sectionOf(page, 'Ekonomi')).toContain('<table class="finansiering">');
    expect(headings(page)).not.toContain('Finansiering');
  });

  it('prints no block that egen_text lists, placed or not', () => {
    const yaml = `${BASE_YAML}egen_text: [avtalstid, finansiering]\n`;
    const page = html('## Ekonomi\n\n{{> finansiering}}\n\nEgen text.\n', yaml);
    expect(page).not.toContain('<table class="finansiering">');
    expect(page).not.toContain('class="avtalstid"');
    expect(headings(page).map((h) => h.replace(/^\d+ /, ''))).toEqual(['Parter', 'Ekonomi', 'Organisation', 'Mål', 'Parternas åtaganden', 'Fakturering', 'Bilagor']);
  });

  it('prints nothing for a block without data, placed or not', () => {
    const yaml = replaced('fakturering:\n  fakturerande: navet\n', 'x_fakturering:\n  fakturerande: navet\n').replace(/x_fakturering:[\s\S]*?(?=underskrifter:)/, '');
    const page = html('## Betalning\n\n{{> fakturering}}\n', yaml);
    expect(page).not.toContain('class="fakturering"');
    expect(headings(page)).not.toContain('Fakturering');
    expect(sectionOf(page, 'Betalning')).not.toContain('<div');
  });

  it('places a block before the first heading and the parties where the author puts them', () => {
    const page = html('{{> parter}}\n\n## Syfte\n\nText.\n');
    expect(page.indexOf('<table class="parter">')).toBeLessThan(page.indexOf('</span> Syfte</h2>'));
    expect(page).toMatch(/<div class="inledning"><table class="parter">/);
    expect(headings(page)[0]).toBe('1 Syfte');
  });

  it('keeps the text around a marker written inside a sentence, with the block where the marker stands', () => {
    const page = html('## Mål\n\nMålen är dessa: {{> mal}} och inga andra.\n');
    const mal = sectionOf(page, 'Mål');
    expect(mal.indexOf('Målen är dessa:')).toBeLessThan(mal.indexOf('<table class="mal">'));
    expect(mal.indexOf('<table class="mal">')).toBeLessThan(mal.indexOf('och inga andra.'));
    expect(count(page, '<table class="mal">')).toBe(1);
  });

  it('prints syfte, målgrupp and uppföljning as stated', () => {
    const yaml = `${BASE_YAML}syfte: Att stärka den sociala sammanhållningen i Bergsjön.
målgrupp: Invånare i Bergsjön i alla åldrar.
uppföljning:
  beskrivning: Styrgruppen följer upp partnerskapet.
  ansvarig: styrgruppen
  rapporter:
    - namn: Årsrapport
      ansvarig: navet
      mottagare: styrgruppen
      årligen: 03-31
      innehåll: [Genomförda aktiviteter, Antal deltagare]
  utvärdering: Partnerskapet utvärderas det sista avtalsåret.
`;
    const page = html('## Syfte\n\n{{> syfte}}\n\n## Uppföljning\n\n{{> uppfoljning}}\n', yaml);
    expect(sectionOf(page, 'Syfte')).toContain('<p>Att stärka den sociala sammanhållningen i Bergsjön.</p>');
    expect(sectionOf(page, 'Syfte')).toContain('<p>Invånare i Bergsjön i alla åldrar.</p>');
    const uppfoljning = sectionOf(page, 'Uppföljning');
    for (const text of [
      'Styrgruppen följer upp partnerskapet.',
      'Ansvarig för uppföljningen: Styrgrupp.',
      '<h3>Årsrapport</h3>',
      'Lämnas av: Föreningen Navet i Bergsjön.',
      'Lämnas till: styrgruppen.',
      'Lämnas senast den 31 mars varje år.',
      '<li>Genomförda aktiviteter</li>',
      'Partnerskapet utvärderas det sista avtalsåret.',
    ]) expect(uppfoljning).toContain(text);
  });

  it('lists every section in the table of contents once', () => {
    const arende = arendeFromText({ yaml: BASE_YAML, avtal: '## Ekonomi\n\n{{> finansiering}}\n\n{{> fakturering}}\n' });
    const doc = avtalDocument({ arende, templates: loadTemplates({ regler: {} }), fingerprint: 'test', utkast: true });
    expect(doc.toc.map((t) => t.title)).toEqual(['1 Parter', '2 Ekonomi', '3 Organisation', '4 Mål', '5 Parternas åtaganden', '6 Avtalstid', '7 Bilagor', 'Underskrifter']);
  });
});
