// A label is printed only with its value: "Dnr", "Diarienummer", "Bilaga … till överenskommelse …"
// and the tjänsteutlåtande's header once stood with nothing after them when the agreement had no
// diarienummer, förvaltning or bilaga number (Handlebars prints a missing value as nothing, a
// template literal as "undefined"). Every fixture and example is rendered here, drafts and final,
// header and footer included, and what the templates wrote is searched for a label left alone.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { avtalDocument, hasTjansteutlatande, tjansteutlatandeDocument, type DocumentInput, type RenderedDocument } from '../../src/render/document.js';
import { fingerprint } from '../../src/render/fingerprint.js';
import { loadTemplates } from '../../src/render/templates.js';
import { renderTillagg } from '../../src/extend/tillagg.js';
import { ROOT } from '../helpers/cli.js';
import { arendeFromText } from '../helpers/arende.js';
import { labelsAlone } from '../helpers/labels.js';

/** Every ärende folder among the fixtures and examples (a folder with an iop.yaml that checks). */
function arendeDirs(): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (existsSync(join(dir, 'iop.yaml'))) found.push(dir);
    if (depth === 0) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name), depth - 1);
  };
  walk(join(ROOT, 'test', 'fixtures'), 2);
  walk(join(ROOT, 'examples'), 1);
  return found;
}

function documents(arende: ValidArende, utkast: boolean): RenderedDocument[] {
  const templates = loadTemplates(arende.config);
  const input: DocumentInput = { arende, templates, fingerprint: fingerprint(arende, templates), utkast };
  return [avtalDocument(input), ...(hasTjansteutlatande(arende) ? [tjansteutlatandeDocument(input)] : [])];
}

describe('labelsAlone (the search itself)', () => {
  it('finds a label whose value is missing', () => {
    expect(labelsAlone('<span>Dnr </span>')).toEqual(['Dnr ']);
    expect(labelsAlone('<p class="bilaga-etikett">Bilaga  till överenskommelse </p>')).toHaveLength(1);
    expect(labelsAlone('<span class="t"> · Tjänsteutlåtande · Dnr </span>')).toHaveLength(1);
    expect(labelsAlone('<p>Diarienummer: undefined</p>')).toHaveLength(1);
  });

  it('passes labels with their values, and the template layout between tags', () => {
    expect(labelsAlone('<div>\n  <span>Dnr N163-0038/24</span>\n</div>')).toEqual([]);
    expect(labelsAlone('<p>Bilaga 1 till överenskommelsen</p><span class="sida"></span>')).toEqual([]);
    expect(labelsAlone('<p>Möten: <span>2025-02-12</span>, <span>2025-05-14</span>.</p>')).toEqual([]);
  });
});

describe('every fixture and example prints a label only with its value', () => {
  const dirs = arendeDirs();

  it('finds the ärenden', () => {
    expect(dirs.length).toBeGreaterThan(15);
    expect(dirs.some((d) => d.endsWith('utan-nummer'))).toBe(true);
  });

  for (const utkast of [false, true]) {
    it(`documents, headers and footers${utkast ? ', as drafts' : ''}`, () => {
      const problems: string[] = [];
      for (const dir of dirs) {
        const [checked] = check([dir]).arenden;
        if (!checked?.valid) continue;
        for (const doc of documents(checked.arende as ValidArende, utkast)) {
          for (const [part, html] of [['dokumentet', doc.html], ['sidhuvudet', doc.headerTemplate], ['sidfoten', doc.footerTemplate]] as const) {
            for (const text of labelsAlone(html)) problems.push(`${dir.slice(ROOT.length + 1)} ${doc.kind}, ${part}: ${JSON.stringify(text)}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

const bilagaLabels = (html: string): string[] => [...html.matchAll(/<p class="bilaga-etikett">([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
const tuDetails = (html: string): string => /<div class="tu-uppgifter">[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';

describe('an agreement without diarienummer, förvaltning or bilaga numbers', () => {
  const arende = arendeFromText({
    yaml: [
      'ärende:',
      '  titel: Överenskommelse om läxhjälp',
      'parter:',
      '  - { id: kommunen, namn: Ekby kommun, sektor: offentlig }',
      '  - { id: foreningen, namn: Föreningen Läxhjälpen, sektor: idéburen }',
      'avtalstid: { start: 2026-01-01, slut: 2026-12-31 }',
      'bilagor:',
      '  - { titel: Verksamhetsplan, fil: bilagor/verksamhetsplan.md }',
      'tjänsteutlåtande:',
      '  titel: Godkännande av överenskommelse om läxhjälp',
    ].join('\n'),
    avtal: '# Bakgrund\n\nLäxhjälp för barn i Ekby.\n',
    bilagor: { 'verksamhetsplan.md': 'Aktiviteter varje vecka.\n' },
  });
  const [avtal, tu] = documents(arende, false);

  it('prints no "Dnr" or "Diarienummer" and names the bilaga without a number', () => {
    expect(avtal!.headerTemplate).not.toContain('Dnr');
    expect(bilagaLabels(avtal!.html)).toEqual(['Bilaga till överenskommelsen']);
    expect(tu!.headerTemplate).not.toContain('Dnr');
    expect(tu!.headerTemplate).toMatch(/<span class="t">Tjänsteutlåtande<\/span>/);
    expect(tuDetails(tu!.html)).not.toContain('Diarienummer');
  });

  it('prints them once the agreement states them', () => {
    const stated = arendeFromText({
      yaml: ['ärende:', '  titel: Läxhjälp', '  diarienummer: KS-2026-0042', '  förvaltning: Kulturförvaltningen', 'parter:', '  - { id: kommunen, namn: Ekby kommun, sektor: offentlig }', '  - { id: foreningen, namn: Föreningen Läxhjälpen, sektor: idéburen }', 'avtalstid: { start: 2026-01-01, slut: 2026-12-31 }', 'bilagor:', '  - { nummer: 1, titel: Verksamhetsplan, fil: bilagor/verksamhetsplan.md }', 'tjänsteutlåtande: { titel: Godkännande }'].join('\n'),
      avtal: '# Bakgrund\n\nLäxhjälp.\n',
      bilagor: { 'verksamhetsplan.md': 'Aktiviteter.\n' },
    });
    const [a, t] = documents(stated, false);
    expect(a!.headerTemplate).toContain('<span>Dnr KS-2026-0042</span>');
    expect(bilagaLabels(a!.html)).toEqual(['Bilaga 1 till överenskommelse KS-2026-0042']);
    expect(t!.headerTemplate).toContain('Kulturförvaltningen · Tjänsteutlåtande · Dnr KS-2026-0042');
    expect(tuDetails(t!.html).replace(/<span[^>]*>|<\/span>/g, '')).toContain('<p>Diarienummer KS-2026-0042</p>');
  });

  it('takes a diarienummer of blanks for none, in the documents and in the page margins', () => {
    const blank = arendeFromText({
      yaml: ['ärende:', '  titel: Läxhjälp', "  diarienummer: '  '", 'parter:', '  - { id: kommunen, namn: Ekby kommun, sektor: offentlig }', '  - { id: foreningen, namn: Föreningen Läxhjälpen, sektor: idéburen }', 'avtalstid: { start: 2026-01-01, slut: 2026-12-31 }', 'tjänsteutlåtande: { titel: Godkännande }'].join('\n'),
      avtal: '# Bakgrund\n\nLäxhjälp.\n',
    });
    const [a, t] = documents(blank, false);
    for (const doc of [a!, t!]) {
      expect(doc.headerTemplate).not.toContain('Dnr');
      expect(doc.marginCss).not.toContain('Dnr');
      expect(labelsAlone(doc.html)).toEqual([]);
    }
  });

  it('a tillägg has no diarienummer line rather than "undefined"', () => {
    const text = renderTillagg(arende.data, { number: 1, period: { start: '2027-01-01', slut: '2027-12-31' }, amounts: [] } as never);
    expect(text).not.toMatch(/undefined|Diarienummer/);
    expect(text).toContain('# Tillägg 1 till Överenskommelse om läxhjälp');
  });
});
