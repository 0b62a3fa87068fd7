import { describe, expect, it } from 'vitest';
import { avtalstidForlangning as rule } from '../../src/rules/avtalstid/forlangning.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'avtalstid/förlängning';
const TERMS = '{ typ: årlig, max: 2, besked: 3 }';
const messages = (yaml: string): string[] => check(rule, { yaml }).map((d) => d.message);

describe(ID, () => {
  it('godkänner årlig förlängning utan längd (12 månader)', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner automatisk förlängning utan längd', () => {
    expect(check(rule, { yaml: replaced(TERMS, '{ typ: automatisk, max: 2, besked: 3 }') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Automatisk förlängning behöver en längd: ange hur många månader varje förlängning gäller (längd: 12).', file: 'iop.yaml', line: 56, path: '/avtalstid/förlängning/typ' },
    ]);
  });

  it('underkänner motsägande villkor', () => {
    expect(messages(replaced(TERMS, '{ typ: årlig, längd: 6, max: 2, besked: 3 }'))).toEqual(['Årlig förlängning gäller 12 månader i taget, men längd är 6. Ange typ: automatisk för andra längder.']);
    expect(messages(replaced(TERMS, '{ typ: ingen, besked: 3 }'))).toEqual(['Förlängningen har typ: ingen men anger besked. Ta bort besked eller ändra typen.']);
    expect(messages(replaced(TERMS, '{ typ: årlig, max: 2, besked: 3, kpi: true }'))).toEqual(['Beloppen ska räknas upp med KPI (kpi: true), men avsnittet indexering saknas. Ange serie och referensmånad.']);
  });

  it('underkänner fler förlängningar än max', () => {
    const yaml = replaced('uppsägningstid: 6\n', 'uppsägningstid: 6\n  förlängningar: 3\n');
    expect(check(rule, { yaml })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Överenskommelsen anges vara förlängd 3 gånger, men får förlängas högst 2 gånger.', file: 'iop.yaml', line: 58, path: '/avtalstid/förlängningar' },
    ]);
    const second = '    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }\n';
    const periods = replaced(second, second + '    - { id: "2026", start: 2026-03-01, slut: 2027-02-28, förlängning: true }\n    - { id: "2027", start: 2027-03-01, slut: 2028-02-29, förlängning: true }\n', replaced(TERMS, '{ typ: årlig, max: 1, besked: 3 }'));
    expect(messages(periods)).toEqual(['Finansieringen har 2 förlängningsperioder, men överenskommelsen får förlängas högst en gång.']);
  });
});
