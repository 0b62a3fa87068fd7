import { describe, expect, it } from 'vitest';
import { parterSektorer as rule } from '../../src/rules/parter/sektorer.js';
import { BASE_YAML, check, replaced } from '../helpers/arende.js';

const ID = 'parter/sektorer';

describe(ID, () => {
  it('godkänner en idéburen och två offentliga parter', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner parter utan idéburen part', () => {
    expect(check(rule, { yaml: replaced('sektor: idéburen', 'sektor: offentlig') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Överenskommelsen har ingen idéburen part. Ett IOP behöver minst en idéburen organisation.', file: 'iop.yaml', line: 7, path: '/parter' },
    ]);
  });

  it('underkänner parter utan offentlig part', () => {
    expect(check(rule, { yaml: BASE_YAML.replaceAll('sektor: offentlig', 'sektor: idéburen') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Överenskommelsen har ingen offentlig part. Ett IOP behöver minst en offentlig part, t.ex. en kommun, nämnd eller region.', file: 'iop.yaml', line: 7, path: '/parter' },
    ]);
  });
});
