// One mistake, one message: a term that ends before it starts is reported once, by
// avtalstid/ordning, and not again by every rule that measures dates against that term.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/engine.js';
import { BASE, arendeFromText, brief, replaced } from '../helpers/arende.js';

function all(yaml: string, today = '2024-02-01') {
  return runRules(arendeFromText({ ...BASE, yaml }), RULES, { today }).map(brief);
}

describe('rules that need another rule to have passed', () => {
  it('an end before the start is one error, not also periods, deadlines, reminders and prose off the term', () => {
    // The agreement starts in 2027 but "ends" 2026-02-28: before, periods, notice deadlines and a
    // reminder "för … dagar sedan" for an agreement not yet started came with it.
    const yaml = replaced('  start: 2024-03-01\n  slut: 2026-02-28', '  start: 2027-03-01\n  slut: 2026-02-28');
    const found = all(yaml, '2026-01-15');
    expect(found.map((d) => d.ruleId)).toEqual(['avtalstid/ordning']);
    expect(found[0]!.message).toBe('Avtalstiden slutar 2026-02-28, men börjar 2027-03-01. Slutdatumet ska ligga efter startdatumet.');
  });

  it('a term in order still gets every date rule', () => {
    const yaml = replaced('fakturadatum: [2024-03-15, 2025-03-14]', 'fakturadatum: [2023-03-15, 2025-03-14]');
    expect(all(yaml).map((d) => d.ruleId)).toContain('fakturering/datum');
  });

  it('every rule a rule needs exists', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    for (const rule of RULES) for (const id of rule.meta.needs ?? []) expect(ids, `${rule.meta.id} behöver ${id}`).toContain(id);
  });

  it('a needed rule runs first even when it is listed later', () => {
    const later = RULES.filter((rule) => rule.meta.id !== 'avtalstid/ordning').concat(RULES.filter((rule) => rule.meta.id === 'avtalstid/ordning'));
    const yaml = replaced('  start: 2024-03-01\n  slut: 2026-02-28', '  start: 2027-03-01\n  slut: 2026-02-28');
    expect(runRules(arendeFromText({ ...BASE, yaml }), later, { today: '2026-01-15' }).map((d) => d.ruleId)).toEqual(['avtalstid/ordning']);
  });
});
