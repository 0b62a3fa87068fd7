import { describe, expect, it } from 'vitest';
import { organisationMoten as rule } from '../../src/rules/organisation/moten.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'organisation/möten';
const RELATED = (n: number) => [{ file: 'iop.yaml', line: 40, message: `Gruppen Styrgrupp ska mötas minst ${n} gånger per år enligt iop.yaml.` }];
const SAID = (n: number) => `Texten säger att gruppen Styrgrupp träffas "en gång per termin", alltså 2 gånger per år, men gruppens möten_per_år är ${n}.`;

describe(ID, () => {
  it('godkänner "minst en gång per termin" med två möten per år', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar när texten och möten_per_år skiljer sig, i uppgifterna och bilagan', () => {
    expect(check(rule, { yaml: replaced('möten_per_år: 2', 'möten_per_år: 4') })).toEqual([
      { ruleId: ID, severity: 'warning', message: SAID(4), file: 'iop.yaml', line: 42, path: '/organisation/grupper/0/uppgifter/0', related: RELATED(4) },
      { ruleId: ID, severity: 'warning', message: SAID(4), file: 'bilagor/1-arbetsplan.md', line: 3, related: RELATED(4) },
    ]);
  });

  it('läser avtal.md och mötesdatum utanför avtalstiden', () => {
    expect(check(rule, { avtal: BASE_AVTAL + '\nStyrgruppen sammanträder fyra gånger per år.\n' }).map((d) => [d.file, d.line])).toEqual([['avtal.md', 17]]);
    expect(check(rule, { yaml: replaced('      möten_per_år: 2\n', '      möten_per_år: 2\n      möten: [2023-12-01]\n') }).map((d) => d.message)).toEqual([
      'Mötet 2023-12-01 i gruppen Styrgrupp ligger utanför avtalstiden 2024-03-01 – 2026-02-28.',
    ]);
  });

  it('läser en grupp med vilket namn som helst och antal per avtalsperiod', () => {
    // The base term 2024-03-01 – 2026-02-28 is 24 months: 4 meetings per avtalsperiod is 2 a year.
    const group = replaced('      namn: Styrgrupp\n', '      namn: Samverkansgrupp\n', replaced('        - Styrgruppen träffas minst en gång per termin.', '        - Samverkansgruppen ses vid minst 4 tillfällen per avtalsperiod.'));
    expect(check(rule, { yaml: group, bilagor: {} })).toEqual([]);
    expect(check(rule, { yaml: replaced('möten_per_år: 2', 'möten_per_år: 4', group), bilagor: {} }).map((d) => d.message)).toEqual([
      'Texten säger att gruppen Samverkansgrupp träffas "4 tillfällen per avtalsperiod", alltså 2 gånger per år, men gruppens möten_per_år är 4.',
    ]);
  });

  it('läser inte en mening om en annan grupp', () => {
    expect(check(rule, { avtal: BASE_AVTAL + '\nAktivitetsgruppen träffas fyra gånger per år.\n' })).toEqual([]);
  });

  it('läser bara meningar som både nämner gruppen och att den träffas, var i texten de än står', () => {
    const avtal = (text: string): string[] => check(rule, { avtal: BASE_AVTAL + '\n' + text + '\n' }).map((d) => d.message.split('"')[1] ?? '');
    expect(avtal('Styrgruppen har fyra ledamöter. Möten hålls fyra gånger per år. Styrgruppens möte hålls tre gånger per år.')).toEqual(['tre gånger per år']);
    expect(avtal('Föreningen träffas sex gånger per år.\nSTYRGRUPPEN samlas 6 gånger per år')).toEqual(['6 gånger per år']);
  });
});
