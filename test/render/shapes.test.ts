// The signature page and the financing table in the shapes real agreements have: each prints what
// the data states and nothing it does not.
import { describe, expect, it } from 'vitest';
import { avtalDocument } from '../../src/render/document.js';
import { loadTemplates } from '../../src/render/templates.js';
import { arendeFromText, BASE_YAML, replaced } from '../helpers/arende.js';

function html(yaml: string): string {
  const arende = arendeFromText({ yaml, avtal: '## Ekonomi\n\n{{> finansiering}}\n' });
  return avtalDocument({ arende, templates: loadTemplates({ regler: {} }), fingerprint: 'test', utkast: true }).html;
}

function signatures(page: string): string[] {
  const section = /<section class="underskrifter"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
  return [...section.matchAll(/<div class="underskrift">([\s\S]*?)<\/div>\s*(?=<div class="underskrift">|<\/div>)/g)].map((m) =>
    (m[1] ?? '').replace(/<div class="linje"><\/div>/g, '|').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(),
  );
}

const withSignatures = (underskrifter: string): string => replaced('underskrifter:\n  sätt: papper\n  exemplar: 3\n', underskrifter);

describe('signature page', () => {
  it('prints the stated number of originals, a common date and the place', () => {
    const page = html(withSignatures('underskrifter:\n  exemplar: 2\n  ort: Göteborg\n  datum: 2024-02-20\n'));
    expect(page).toContain('Denna överenskommelse är upprättad i två (2) likalydande exemplar.');
    expect(signatures(page)[0]).toBe('Göteborg 2024-02-20 För Föreningen Navet i Bergsjön | Mohammed Ryback Ordförande');
  });

  it('prints the preprinted date prefix, the signing order, a "För" label and per-party dates', () => {
    const yaml = withSignatures('underskrifter:\n  ort: Göteborg\n  datumrad: "2019-"\n  ordning: [sn-nordost, navet]\n')
      .replace('firmatecknare: { namn: Fredrik Johansson, titel: Förvaltningsdirektör }', 'firmatecknare: { namn: Fredrik Johansson, titel: Förvaltningsdirektör, för: "Göteborgs Stad, Socialnämnden Nordost", datum: 2019-05-02 }');
    expect(signatures(html(yaml))).toEqual([
      'Göteborg 2019-05-02 För Göteborgs Stad, Socialnämnden Nordost | Fredrik Johansson Förvaltningsdirektör',
      'Göteborg 2019-____________________ För Föreningen Navet i Bergsjön | Mohammed Ryback Ordförande',
      'Göteborg 2019-____________________ För Familjebostäder i Göteborg AB | Mikael Olow Verkställande direktör',
    ]);
  });

  it('prints the agreement’s own sentences instead of the originals sentence, and blank lines for a missing name and title', () => {
    const yaml = withSignatures('underskrifter:\n  exemplar: 3\n  text: ["Detta avtal har upprättats i två exemplar där parterna tagit var sitt."]\n').replace(
      'firmatecknare: { namn: Mikael Olow, titel: Verkställande direktör }',
      'firmatecknare: {}',
    );
    const page = html(yaml);
    expect(page).toContain('Detta avtal har upprättats i två exemplar där parterna tagit var sitt.');
    expect(page).not.toContain('likalydande');
    expect(signatures(page)[2]).toBe('Göteborg ____________________ För Familjebostäder i Göteborg AB | Namnförtydligande: ____________________ Titel: ____________________');
  });

  it('prints no sentence about originals when neither their number nor own sentences are stated', () => {
    const page = html(withSignatures('underskrifter:\n  sätt: papper\n'));
    expect(page).not.toContain('likalydande');
  });
});

describe('financing table', () => {
  it('prints no total the agreement does not state', () => {
    const yaml = replaced('  totalt: 1600000\n  per_år: 800000\n', '').replace(/, totalt: 800000 \}/g, ' }');
    const page = html(yaml);
    expect(page).not.toMatch(/Totalt|Summa/);
    expect(page).toContain('<table class="finansiering">');
  });

  it('keeps extension periods apart', () => {
    const yaml = replaced('    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }\n', '    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }\n    - { id: "2026", start: 2026-03-01, slut: 2027-02-28, förlängning: true }\n');
    expect(html(yaml)).toContain('2026 (vid förlängning)');
  });

  it('prints "Enligt bilaga N" for money specified in a bilaga, and no sum of nothing', () => {
    const yaml = replaced(
      /finansiering:[\s\S]*?(?=avtalstid:)/.exec(BASE_YAML)?.[0] ?? '',
      'finansiering:\n  bidrag:\n    - { part: sn-nordost, slag: pengar, enligt_bilaga: 1 }\n    - { part: navet, slag: insats, beskrivning: Lokaler och ideellt arbete }\n',
    );
    const page = html(yaml);
    expect(page).toContain('<td class="belopp">Enligt bilaga\u00a01</td>');
    expect(page).not.toMatch(/0\u00a0kr|Summa|Totalt/);
    expect(page).toContain('Lokaler och ideellt arbete');
  });
});
