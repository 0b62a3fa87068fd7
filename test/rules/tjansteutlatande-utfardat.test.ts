import { describe, expect, it } from 'vitest';
import { tjansteutlatandeUtfardat as rule } from '../../src/rules/tjansteutlatande/utfardat.js';
import { check, replaced } from '../helpers/arende.js';

describe('tjänsteutlåtande/utfärdat', () => {
  it('godkänner ett tjänsteutlåtande före avtalstiden', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar när tjänsteutlåtandet är utfärdat efter starten', () => {
    expect(check(rule, { yaml: replaced('utfärdat: 2024-01-08', 'utfärdat: 2024-03-04') })).toEqual([
      {
        ruleId: 'tjänsteutlåtande/utfärdat',
        severity: 'warning',
        message: 'Tjänsteutlåtandet är utfärdat 2024-03-04, men avtalstiden börjar redan 2024-03-01. Nämnden bör besluta innan överenskommelsen börjar gälla.',
        file: 'iop.yaml',
        line: 76,
        path: '/tjänsteutlåtande/utfärdat',
        related: [{ file: 'iop.yaml', line: 54, message: 'Avtalstiden börjar 2024-03-01.' }],
      },
    ]);
  });
});
