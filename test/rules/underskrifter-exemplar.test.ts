import { describe, expect, it } from 'vitest';
import { underskrifterExemplar as rule } from '../../src/rules/underskrifter/exemplar.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'underskrifter/exemplar';
const avtal = (wording: string): string => replaced('i tre (3) likalydande exemplar', wording, BASE_AVTAL);

describe(ID, () => {
  it('godkänner lika många exemplar som undertecknare, i ord, siffror och båda', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { avtal: avtal('i tre likalydande exemplar') })).toEqual([]);
    expect(check(rule, { avtal: avtal('i 3 exemplar') })).toEqual([]);
    expect(check(rule, { avtal: avtal('i {{exemplar}} likalydande exemplar') })).toEqual([]);
  });

  it('underkänner exemplar i uppgifterna som inte stämmer', () => {
    expect(check(rule, { yaml: replaced('exemplar: 3', 'exemplar: 2') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Avtalet anger 2 exemplar, men 3 parter skriver under. Antalet likalydande exemplar ska vara lika med antalet parter som skriver under; dokumentet skriver ut 2, så som avtalet anger.',
        file: 'iop.yaml',
        line: 70,
        path: '/underskrifter/exemplar',
        related: [{ file: 'iop.yaml', line: 7, message: 'Parterna som skriver under räknas här (3).' }],
      },
      // The prose says three, which is right, but it contradicts the stated number.
      {
        ruleId: ID,
        severity: 'error',
        message: 'Texten anger 3 exemplar, men underskrifter.exemplar är 2.',
        file: 'avtal.md',
        line: 15,
        related: [{ file: 'iop.yaml', line: 70, message: 'underskrifter.exemplar är 2.' }],
      },
    ]);
  });

  it('underkänner "två likalydande exemplar" när tre parter skriver under', () => {
    expect(check(rule, { avtal: avtal('i två likalydande exemplar') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Texten anger 2 exemplar, men 3 parter skriver under. Antalet likalydande exemplar ska vara lika med antalet parter som skriver under; dokumentet skriver ut 2, så som texten anger.',
        file: 'avtal.md',
        line: 15,
        related: [{ file: 'iop.yaml', line: 7, message: 'Parterna som skriver under räknas här (3).' }],
      },
    ]);
  });

  it('läser avtalets egna meningar i underskriftsavsnittet', () => {
    const yaml = replaced('  exemplar: 3\n', '  text:\n    - Denna överenskommelse har upprättats i två (2) likalydande exemplar.\n');
    expect(check(rule, { yaml }).map((d) => [d.message, d.path])).toEqual([
      ['Texten anger 2 exemplar, men 3 parter skriver under. Antalet likalydande exemplar ska vara lika med antalet parter som skriver under; dokumentet skriver ut 2, så som texten anger.', '/underskrifter/text/0'],
    ]);
    expect(check(rule, { yaml: replaced('två (2)', 'tre (3)', yaml) })).toEqual([]);
  });

  it('underkänner ord och siffror som anger olika tal', () => {
    expect(check(rule, { avtal: avtal('i tre (4) likalydande exemplar') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Talet skrivs "tre (4)": ordet betyder 3, siffrorna 4. Ord och siffror ska ange samma tal.', file: 'avtal.md', line: 15 },
    ]);
  });

  it('kontrollerar inte exemplar vid elektronisk underskrift', () => {
    expect(check(rule, { yaml: replaced('sätt: papper\n  exemplar: 3', 'sätt: elektronisk\n  exemplar: 2'), avtal: avtal('i två likalydande exemplar') })).toEqual([]);
  });

  it('läser antalet exemplar var det än står i meningen, också efter ett kommatecken', () => {
    expect(check(rule, { avtal: avtal('i tre (3) likalydande exemplar, och en kopia i 4 exemplar') }).map((d) => d.message.slice(0, 24))).toEqual(['Texten anger 4 exemplar,']);
    expect(check(rule, { avtal: avtal('i tre (3) likalydande exemplar; originalet förvaras i arkivet') })).toEqual([]);
  });
});
