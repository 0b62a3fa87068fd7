import { describe, expect, it } from 'vitest';
import { finansieringDeMinimis as rule } from '../../src/rules/finansiering/de-minimis.js';
import { check, nb, replaced } from '../helpers/arende.js';

const ID = 'finansiering/de-minimis';

describe(ID, () => {
  it('godkänner offentliga medel under taket', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar när offentliga medel till en idéburen part överstiger taket på tre år', () => {
    expect(check(rule, { yaml: replaced('belopp: 500000', 'belopp: 1500000') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: nb('Föreningen Navet i Bergsjön får 3 600 000 kr i offentliga medel under tre år från 2024-03-01. Det är mer än taket för stöd av mindre betydelse (300 000 euro, omkring 3 400 000 kr). Utred om stödet är statligt stöd.'),
        file: 'iop.yaml',
        line: 8,
        path: '/parter/0/id',
      },
    ]);
  });

  it('räknar inte pengar från idéburna parter', () => {
    const yaml = replaced('sektor: offentlig\n    organisationsnummer: 556114-3941', 'sektor: idéburen\n    organisationsnummer: 556114-3941', replaced('belopp: 300000', 'belopp: 1500000'));
    expect(check(rule, { yaml })).toEqual([]);
  });
});
