import { describe, expect, it } from 'vitest';
import { parterUppgifter as rule } from '../../src/rules/parter/uppgifter.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'parter/uppgifter';

describe(ID, () => {
  it('godkänner parter med organisationsnummer och namngivna firmatecknare', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar för en part utan organisationsnummer och säger att tabellen skriver "–"', () => {
    expect(check(rule, { yaml: replaced('    organisationsnummer: 802444-1100\n', '') })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Föreningen Navet i Bergsjön har inget organisationsnummer. Partstabellen skriver "–" i stället; ange numret om avtalet har det, så att parten går att identifiera.', file: 'iop.yaml', line: 9, path: '/parter/0/namn' },
    ]);
  });

  it('varnar för en part utan firmatecknare och för en firmatecknare utan namn', () => {
    const yaml = replaced('    firmatecknare: { namn: Mohammed Ryback, titel: Ordförande }\n', '', replaced('firmatecknare: { namn: Mikael Olow, titel: Verkställande direktör }', 'firmatecknare: { titel: Verkställande direktör }'));
    expect(check(rule, { yaml }).map((d) => [d.message, d.path])).toEqual([
      ['Föreningen Navet i Bergsjön anger ingen firmatecknare. Underskriftsblocket får en tom rad för namnförtydligande som fylls i för hand.', '/parter/0/namn'],
      ['Firmatecknaren för Familjebostäder i Göteborg AB har inget namn. Underskriftsblocket får en tom rad för namnförtydligande som fylls i för hand.', '/parter/2/firmatecknare'],
    ]);
  });

  it('kräver ingen firmatecknare av en part som inte skriver under', () => {
    const yaml = replaced('    firmatecknare: { namn: Mikael Olow, titel: Verkställande direktör }\n', '    undertecknar: false\n');
    expect(check(rule, { yaml })).toEqual([]);
  });
});
