import { describe, expect, it } from 'vitest';
import { tjansteutlatandeParter as rule } from '../../src/rules/tjansteutlatande/parter.js';
import { BASE_YAML, check, replaced } from '../helpers/arende.js';

const ID = 'tjänsteutlåtande/parter';

describe(ID, () => {
  it('godkänner ett godkännande som nämner alla parter med namn eller kortnamn', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: BASE_YAML.replace(/  godkännande: .*\n/, '') })).toEqual([]);
  });

  it('varnar när en part står under ett annat namn', () => {
    expect(check(rule, { yaml: replaced('Bergsjön, Socialnämnden Nordost och', 'Bergsjön, Socialförvaltningen Nordost och') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Godkännandet nämner inte parten Socialnämnden Nordost. Beslutet ska räkna upp samma parter som överenskommelsen, med de namn som står där.',
        file: 'iop.yaml',
        line: 79,
        path: '/tjänsteutlåtande/godkännande',
        related: [{ file: 'iop.yaml', line: 15, message: 'Parten heter Socialnämnden Nordost i överenskommelsen.' }],
      },
    ]);
  });
});
