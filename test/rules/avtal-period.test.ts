import { describe, expect, it } from 'vitest';
import { avtalPeriod as rule } from '../../src/rules/avtal/period.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'avtal/period';
const TERM = 'gäller fr.o.m. 2024-03-01 t.o.m. 2026-02-28';

describe(ID, () => {
  it('godkänner avtalstiden, finansieringsperioder och historiska datum', () => {
    expect(check(rule)).toEqual([]);
    const history = BASE_AVTAL + '\n2019-07-01 tecknades IOP-avtal med löptid t.o.m. 2021-12-31. Under perioden 2025-03-01 – 2026-02-28 gäller andra året.\n';
    expect(check(rule, { avtal: history })).toEqual([]);
  });

  it('underkänner en annan start i avtal.md och pekar på avtalstiden', () => {
    expect(check(rule, { avtal: replaced(TERM, 'gäller fr.o.m. 2024-01-01 t.o.m. 2026-02-28', BASE_AVTAL) })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Texten anger en period som börjar 2024-01-01, men avtalstiden börjar 2024-03-01.', file: 'avtal.md', line: 11, related: [{ file: 'iop.yaml', line: 54, message: 'Avtalstiden börjar 2024-03-01 enligt iop.yaml.' }] },
    ]);
  });

  it('läser underlagets stavning "fr.om." och perioder i uppgifterna', () => {
    expect(check(rule, { avtal: replaced(TERM, 'gäller fr.om. 2024-03-01 t.o.m. 2025-03-31', BASE_AVTAL) }).map((d) => d.message)).toEqual([
      'Texten anger en period som slutar 2025-03-31, men avtalstiden slutar 2026-02-28.',
    ]);
    const yaml = replaced('driver mötesplatsen och', 'driver mötesplatsen 2024-01-01 – 2026-02-28 och');
    expect(check(rule, { yaml }).map((d) => [d.line, d.path])).toEqual([[33, '/åtaganden/0/punkter/0']]);
  });

  it('läser en period i en uppgift men inte en uppgift med ett enda datum', () => {
    const yaml = replaced('driver mötesplatsen och', 'driver mötesplatsen sedan 2024-01-01 och');
    expect(check(rule, { yaml })).toEqual([]);
    const single = replaced('driver mötesplatsen och', 'driver mötesplatsen, som gäller fr.o.m. 2024-01-01, och');
    expect(check(rule, { yaml: single }).map((d) => [d.path, d.message])).toEqual([['/åtaganden/0/punkter/0', 'Texten anger en period som börjar 2024-01-01, men avtalstiden börjar 2024-03-01.']]);
  });
});
