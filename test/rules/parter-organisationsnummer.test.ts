import { describe, expect, it } from 'vitest';
import { parterOrganisationsnummer as rule } from '../../src/rules/parter/organisationsnummer.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'parter/organisationsnummer';

describe(ID, () => {
  it('godkänner giltiga nummer, med eller utan bindestreck och prefixet 16', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: replaced('802444-1100', '"168024441100"') })).toEqual([]);
    expect(check(rule, { yaml: replaced('802444-1100', '"8024441100"') })).toEqual([]);
  });

  it('underkänner fel kontrollsiffra', () => {
    expect(check(rule, { yaml: replaced('212000-1355', '212000-1142') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Organisationsnumret 212000-1142 har fel kontrollsiffra: den sista siffran ska vara 0 enligt Luhn-algoritmen. Kontrollera numret mot Bolagsverkets register.',
        file: 'iop.yaml',
        line: 17,
        path: '/parter/1/organisationsnummer',
      },
    ]);
  });

  it('underkänner ett personnummer', () => {
    expect(check(rule, { yaml: replaced('802444-1100', '801224-1234') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Numret 801224-1234 är inget organisationsnummer: den tredje och fjärde siffran (12) är lägre än 20, så det liknar ett personnummer.',
        file: 'iop.yaml',
        line: 12,
        path: '/parter/0/organisationsnummer',
      },
    ]);
  });

  it('underkänner ett annat nummer i fakturaadressen än partens', () => {
    const yaml = replaced('    - part: sn-nordost\n', '    - part: sn-nordost\n      organisationsnummer: 212000-1157\n');
    expect(check(rule, { yaml })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Organisationsnumret 212000-1157 i fakturaadressen är inte partens (212000-1355).', file: 'iop.yaml', line: 63, path: '/fakturering/adresser/0/organisationsnummer' },
    ]);
  });
});
