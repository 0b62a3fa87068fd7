import { describe, expect, it } from 'vitest';
import { organisationMoten as rule } from '../../src/rules/organisation/moten.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'organisation/möten';
const RELATED = (n: number) => [{ file: 'iop.yaml', line: 39, message: `möten_per_år för Styrgrupp är ${n}.` }];

describe(ID, () => {
  it('godkänner "minst en gång per termin" med två möten per år', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar när texten och möten_per_år skiljer sig, i uppgifterna och bilagan', () => {
    expect(check(rule, { yaml: replaced('möten_per_år: 2', 'möten_per_år: 4') })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Texten om Styrgrupp säger "en gång per termin", alltså 2 gånger per år, men möten_per_år är 4.', file: 'iop.yaml', line: 40, path: '/organisation/grupper/0/uppgifter/0', related: RELATED(4) },
      { ruleId: ID, severity: 'warning', message: 'Texten om Styrgrupp säger "en gång per termin", alltså 2 gånger per år, men möten_per_år är 4.', file: 'bilagor/1-arbetsplan.md', line: 3, related: RELATED(4) },
    ]);
  });

  it('läser avtal.md och mötesdatum utanför avtalstiden', () => {
    expect(check(rule, { avtal: BASE_AVTAL + '\nStyrgruppen sammanträder fyra gånger per år.\n' }).map((d) => [d.file, d.line])).toEqual([['avtal.md', 17]]);
    expect(check(rule, { yaml: replaced('möten_per_år: 2,', 'möten_per_år: 2, möten: [2023-12-01],') }).map((d) => d.message)).toEqual([
      'Mötet 2023-12-01 (Styrgrupp) ligger utanför avtalstiden 2024-03-01 – 2026-02-28.',
    ]);
  });
});
