import { describe, expect, it } from 'vitest';
import { avtalBelopp as rule } from '../../src/rules/avtal/belopp.js';
import { BASE_AVTAL, BASE_BILAGA, check, nb, replaced } from '../helpers/arende.js';

const ID = 'avtal/belopp';

describe(ID, () => {
  it('godkänner kända belopp och priser per annan enhet än tid', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { bilagor: { '1-arbetsplan.md': BASE_BILAGA + '\nLokalen värderas till 1 600 kr per kvadratmeter och år.\n' } })).toEqual([]);
  });

  it('varnar för ett belopp som inte finns i finansieringen', () => {
    expect(check(rule, { avtal: replaced('120 000 kr', '125 000 kr', BASE_AVTAL) })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: nb('Texten anger 125 000 kr, men det beloppet finns inte i finansieringen. Närmast är 120 000 kr (bidraget från Föreningen Navet i Bergsjön för perioden 2024).'),
        file: 'avtal.md',
        line: 7,
        related: [{ file: 'iop.yaml', line: 50, message: nb('Finansieringen anger 120 000 kr (bidraget från Föreningen Navet i Bergsjön för perioden 2024).') }],
      },
    ]);
  });

  it('läser bilagorna och skrivsättet 650 000:-', () => {
    expect(check(rule, { bilagor: { '1-arbetsplan.md': BASE_BILAGA + '\nBudgeten är 650 000:-.\n' } }).map((d) => [d.file, d.line])).toEqual([['bilagor/1-arbetsplan.md', 5]]);
  });

  it('läser belopp i överenskommelsens uppgifter i iop.yaml, men inte tal utan valuta', () => {
    const yaml = replaced('driver mötesplatsen och', 'driver mötesplatsen för 90 000 KR och');
    expect(check(rule, { yaml }).map((d) => [d.path, d.message.slice(0, 26)])).toEqual([['/åtaganden/0/punkter/0', nb('Texten anger 90 000 kr, me')]]);
    expect(check(rule, { yaml: replaced('driver mötesplatsen och', 'driver 90 000 mötesplatser och') })).toEqual([]);
  });
});
