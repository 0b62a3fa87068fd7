import { describe, expect, it } from 'vitest';
import { avtalstidFrister as rule } from '../../src/rules/avtalstid/frister.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'avtalstid/frister';

describe(ID, () => {
  it('godkänner frister inom avtalstiden', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner en uppsägningstid som är längre än avtalstiden', () => {
    expect(check(rule, { yaml: replaced('uppsägningstid: 6', 'uppsägningstid: 24') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Uppsägningstiden på 24\u00a0månader är inte kortare än avtalstiden 2024-03-01 – 2026-02-28: en uppsägning i förtid som lämnas efter starten får verkan först 2026-03-01 eller senare, alltså inte före slutet.',
        file: 'iop.yaml',
        line: 57,
        path: '/avtalstid/uppsägningstid',
      },
    ]);
  });

  it('underkänner en sista dag för besked före starten eller på slutdagen', () => {
    expect(check(rule, { yaml: replaced('besked: 3', 'besked: 30') })).toEqual([
      expect.objectContaining({ message: 'Sista dag för besked om förlängning blir 2023-08-28 (30\u00a0månader före slutet 2026-02-28), som inte ligger efter avtalets start 2024-03-01.', line: 56 }),
    ]);
    expect(check(rule, { yaml: replaced('besked: 3', 'besked: 0') })).toEqual([
      expect.objectContaining({ message: 'Sista dag för besked om förlängning blir 2026-02-28, som inte ligger före avtalstidens slut 2026-02-28. Ange besked som minst en månad.', line: 56 }),
    ]);
  });
});
