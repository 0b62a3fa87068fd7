import { describe, expect, it } from 'vitest';
import { finansieringAllaBidrar as rule } from '../../src/rules/finansiering/alla-bidrar.js';
import { BASE_YAML, check, replaced } from '../helpers/arende.js';

const ID = 'finansiering/alla-bidrar';
const DMF = `  - id: dmf
    namn: Demokrati och medborgarservice
    sektor: offentlig
    organisationsnummer: 212000-1355
    firmatecknare: { namn: Eva Englund, titel: Förvaltningsdirektör }
mål:`;

describe(ID, () => {
  it('godkänner när varje part bidrar eller har åtaganden', () => {
    expect(check(rule)).toEqual([]);
    const yaml = replaced('  - parter: [navet]', '  - parter: [navet, dmf]', replaced('mål:', DMF));
    expect(check(rule, { yaml })).toEqual([]);
  });

  it('varnar för en part som inte bidrar med något', () => {
    expect(check(rule, { yaml: replaced('mål:', DMF) })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Demokrati och medborgarservice bidrar inte med något enligt finansieringen och har inga åtaganden. I ett IOP bidrar varje part med pengar, tid, lokaler eller andra resurser.',
        file: 'iop.yaml',
        line: 25,
        path: '/parter/3/id',
      },
    ]);
  });

  it('säger inget när iop.yaml varken anger bidrag eller åtaganden (de står i texten)', () => {
    const start = BASE_YAML.indexOf('åtaganden:');
    const yaml = BASE_YAML.slice(0, start) + BASE_YAML.slice(BASE_YAML.indexOf('organisation:')).replace(/finansiering:[\s\S]*?avtalstid:/, 'avtalstid:');
    expect(yaml).not.toContain('bidrag:');
    expect(check(rule, { yaml })).toEqual([]);
  });
});
