import { describe, expect, it } from 'vitest';
import { parterUndertecknare as rule } from '../../src/rules/parter/undertecknare.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'parter/undertecknare';
const NOT_SIGNING = (id: string, yaml?: string): string => replaced(`  - id: ${id}\n`, `  - id: ${id}\n    undertecknar: false\n`, yaml);

describe(ID, () => {
  it('godkänner två parter som skriver under', () => {
    expect(check(rule, { yaml: NOT_SIGNING('familjebostader') })).toEqual([]);
  });

  it('underkänner när bara en part skriver under', () => {
    expect(check(rule, { yaml: NOT_SIGNING('familjebostader', NOT_SIGNING('sn-nordost')) })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Bara en av parterna skriver under. Minst två parter måste skriva under överenskommelsen.', file: 'iop.yaml', line: 7, path: '/parter' },
    ]);
  });
});
