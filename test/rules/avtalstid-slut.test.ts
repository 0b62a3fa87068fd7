import { describe, expect, it } from 'vitest';
import { avtalstidSlut as rule } from '../../src/rules/avtalstid/slut.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'avtalstid/slut';

describe(ID, () => {
  it('godkänner ett slutdatum, och en överenskommelse som gäller tills vidare', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: replaced('  slut: 2026-02-28\n', '  tills_vidare: true\n') })).toEqual([]);
  });

  it('varnar när slutdatumet saknas utan att avtalet gäller tills vidare', () => {
    expect(check(rule, { yaml: replaced('  slut: 2026-02-28\n', '') })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Avtalstiden har inget slutdatum och anger inte att överenskommelsen gäller tills vidare. Ange avtalstid.slut, eller tills_vidare: true om avtalet gäller tills vidare; utan slutdatum går det inte att räkna fram sista dag för besked och uppsägning.', file: 'iop.yaml', line: 54, path: '/avtalstid/start' },
    ]);
  });

  it('varnar när både slutdatum och tills vidare anges', () => {
    expect(check(rule, { yaml: replaced('  slut: 2026-02-28\n', '  slut: 2026-02-28\n  tills_vidare: true\n') }).map((d) => d.message)).toEqual([
      'Avtalstiden har slutdatumet 2026-02-28 men anger också tills_vidare: true. Ange det ena: ett slutdatum eller att överenskommelsen gäller tills vidare.',
    ]);
  });
});
