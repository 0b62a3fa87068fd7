import { describe, expect, it } from 'vitest';
import { parterOrgnrSektor as rule } from '../../src/rules/parter/orgnr-sektor.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'parter/orgnr-sektor';

describe(ID, () => {
  it('godkänner förening, kommun och kommunalt aktiebolag', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar aldrig för aktiebolag eller för Svenska kyrkans församlingar', () => {
    expect(check(rule, { yaml: replaced('sektor: offentlig\n    organisationsnummer: 556114-3941', 'sektor: idéburen\n    organisationsnummer: 556114-3941') })).toEqual([]);
    expect(check(rule, { yaml: replaced('802444-1100', '252002-3454') })).toEqual([]);
  });

  it('varnar för en offentlig part med en förenings nummer', () => {
    expect(check(rule, { yaml: replaced('sektor: idéburen', 'sektor: offentlig') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Organisationsnumret 802444-1100 börjar med 8 (ideell förening eller stiftelse), men Föreningen Navet i Bergsjön har sektor offentlig. Kontrollera sektorn och numret.',
        file: 'iop.yaml',
        line: 11,
        path: '/parter/0/sektor',
      },
    ]);
  });

  it('varnar för en idéburen part med en kommuns nummer', () => {
    expect(check(rule, { yaml: replaced('sektor: offentlig', 'sektor: idéburen') })).toEqual([
      expect.objectContaining({ message: 'Organisationsnumret 212000-1355 börjar med 2 (stat, region eller kommun), men Socialnämnden Nordost har sektor idéburen. Kontrollera sektorn och numret.', line: 16 }),
    ]);
  });

  it('varnar för en idéburen part som är handelsbolag', () => {
    expect(check(rule, { yaml: replaced('802444-1100', '916512-3457') })).toEqual([
      expect.objectContaining({ message: 'Organisationsnumret 916512-3457 börjar med 9 (handelsbolag eller kommanditbolag), men Föreningen Navet i Bergsjön har sektor idéburen. Kontrollera sektorn och numret.', line: 11 }),
    ]);
  });
});
