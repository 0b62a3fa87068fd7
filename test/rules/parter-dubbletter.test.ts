import { describe, expect, it } from 'vitest';
import { parterDubbletter as rule } from '../../src/rules/parter/dubbletter.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'parter/dubbletter';

describe(ID, () => {
  it('godkänner två förvaltningar med kommunens organisationsnummer', () => {
    const dmf = '  - id: dmf\n    namn: Demokrati och medborgarservice\n    sektor: offentlig\n    organisationsnummer: 212000-1355\n    firmatecknare: { namn: Eva Englund, titel: Förvaltningsdirektör }\nmål:';
    expect(check(rule, { yaml: replaced('mål:', dmf) })).toEqual([]);
  });

  it('underkänner samma id två gånger', () => {
    expect(check(rule, { yaml: replaced('  - id: sn-nordost', '  - id: navet') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Parten har samma id ("navet") som part 1. Varje part ska ha ett eget id.', file: 'iop.yaml', line: 14, path: '/parter/1/id' },
    ]);
  });

  it('underkänner samma namn oavsett stora och små bokstäver', () => {
    expect(check(rule, { yaml: replaced('namn: Familjebostäder i Göteborg AB', 'namn: föreningen navet i bergsjön') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Parten har samma namn ("föreningen navet i bergsjön") som part 1. Varje part ska ha ett eget namn.', file: 'iop.yaml', line: 20, path: '/parter/2/namn' },
    ]);
  });

  it('underkänner samma kortnamn', () => {
    expect(check(rule, { yaml: replaced('kortnamn: Familjebostäder', 'kortnamn: Navet') })).toEqual([
      expect.objectContaining({ message: 'Parten har samma kortnamn ("Navet") som part 1. Varje part ska ha ett eget kortnamn.', line: 21 }),
    ]);
  });
});
