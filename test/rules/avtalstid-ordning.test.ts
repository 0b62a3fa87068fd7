import { describe, expect, it } from 'vitest';
import { avtalstidOrdning as rule } from '../../src/rules/avtalstid/ordning.js';
import { check, replaced } from '../helpers/arende.js';

describe('avtalstid/ordning', () => {
  it('godkänner start före slut', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner ett slut före starten och pekar på båda', () => {
    expect(check(rule, { yaml: replaced('slut: 2026-02-28\n  förlängning', 'slut: 2024-02-28\n  förlängning') })).toEqual([
      {
        ruleId: 'avtalstid/ordning',
        severity: 'error',
        message: 'Avtalstiden slutar 2024-02-28, men börjar 2024-03-01. Slutdatumet ska ligga efter startdatumet.',
        file: 'iop.yaml',
        line: 55,
        path: '/avtalstid/slut',
        related: [{ file: 'iop.yaml', line: 54, message: 'Avtalstiden börjar här.' }],
      },
    ]);
  });
});
