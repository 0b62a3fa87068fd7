// The base ärende every rule test modifies is valid and passes every rule.
import { describe, expect, it } from 'vitest';
import { validateAgainstSchema } from '../../src/schema/validate.js';
import { runRules } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';
import { arendeFromText, BASE, brief } from '../helpers/arende.js';

describe('testärendet', () => {
  it('följer schemat', () => {
    const arende = arendeFromText(BASE);
    expect(validateAgainstSchema('iop', arende.data, arende.yaml)).toEqual([]);
  });

  it('klarar alla regler', () => {
    expect(runRules(arendeFromText(BASE), RULES, { today: '2024-02-01' }).map(brief)).toEqual([]);
  });

  it('har minst tolv regler med unika id', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
