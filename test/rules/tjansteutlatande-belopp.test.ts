import { describe, expect, it } from 'vitest';
import { tjansteutlatandeBelopp as rule } from '../../src/rules/tjansteutlatande/belopp.js';
import { BASE_TJANSTEUTLATANDE, check, nb, replaced } from '../helpers/arende.js';

const ID = 'tjänsteutlåtande/belopp';

describe(ID, () => {
  it('godkänner belopp som finansieringen anger, i olika skrivsätt', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { tjansteutlatande: BASE_TJANSTEUTLATANDE + '\nSocialnämnden betalar 500 000 kronor, Familjebostäder 300 000:- och totalt 1,6 mnkr, alltså 800 tkr per år.\n' })).toEqual([]);
  });

  it('underkänner ett belopp som inte finns och visar det närmaste', () => {
    const text = replaced('Familjebostäder med 300 000 kr', 'Familjebostäder med 350 000 kr', BASE_TJANSTEUTLATANDE);
    expect(check(rule, { tjansteutlatande: text })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: nb('Tjänsteutlåtandet anger 350 000 kr, men det beloppet finns inte i överenskommelsens finansiering. Närmast är 300 000 kr (bidraget från Familjebostäder i Göteborg AB för perioden 2024).'),
        file: 'tjansteutlatande.md',
        line: 7,
        related: [{ file: 'iop.yaml', line: 49, message: nb('Överenskommelsen anger 300 000 kr (bidraget från Familjebostäder i Göteborg AB för perioden 2024).') }],
      },
    ]);
  });

  it('läser beslutspunkterna i iop.yaml', () => {
    const yaml = replaced('att underteckna överenskommelsen.\n', 'att underteckna överenskommelsen.\n    - Avsätta 1,1 mnkr ur nämndens budget.\n');
    expect(check(rule, { yaml })).toEqual([
      expect.objectContaining({ message: nb('Tjänsteutlåtandet anger 1 100 000 kr, men det beloppet finns inte i överenskommelsens finansiering. Närmast är 800 000 kr (summan per år).'), line: 82, path: '/tjänsteutlåtande/beslutspunkter/1' }),
    ]);
  });
});
