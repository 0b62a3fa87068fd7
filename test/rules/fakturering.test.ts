// fakturering/adress, fakturering/uppgifter and fakturering/datum share the payers; one describe block each.
import { describe, expect, it } from 'vitest';
import { faktureringAdress } from '../../src/rules/fakturering/adress.js';
import { faktureringDatum } from '../../src/rules/fakturering/datum.js';
import { faktureringUppgifter } from '../../src/rules/fakturering/uppgifter.js';
import { BASE_YAML, check, replaced } from '../helpers/arende.js';

const FB_ADDRESS = '    - part: familjebostader\n      rader: [Familjebostäder i Göteborg AB, Intraservice B 420, 405 38 Göteborg]\n      referens: Mikael Olow\n';
const WITHOUT_FAKTURERING = BASE_YAML.replace(/fakturering:\n(?: {2}.*\n)+/, '');

describe('fakturering/adress', () => {
  it('godkänner adresser för alla betalande parter, och ingen fakturering alls', () => {
    expect(check(faktureringAdress)).toEqual([]);
    expect(check(faktureringAdress, { yaml: WITHOUT_FAKTURERING })).toEqual([]);
  });

  it('underkänner en betalande part utan fakturaadress', () => {
    expect(check(faktureringAdress, { yaml: replaced(FB_ADDRESS, '') })).toEqual([
      { ruleId: 'fakturering/adress', severity: 'error', message: 'Familjebostäder i Göteborg AB betalar pengar enligt finansieringen men har ingen fakturaadress under fakturering.adresser.', file: 'iop.yaml', line: 49, path: '/finansiering/bidrag/1/part' },
    ]);
  });
});

describe('fakturering/uppgifter', () => {
  it('godkänner adresser med referens', () => {
    expect(check(faktureringUppgifter)).toEqual([]);
  });

  it('varnar när faktureringen saknas och när en referens saknas', () => {
    expect(check(faktureringUppgifter, { yaml: WITHOUT_FAKTURERING })).toEqual([
      { ruleId: 'fakturering/uppgifter', severity: 'warning', message: 'Pengar betalas mellan parterna, men iop.yaml har inget avsnitt fakturering. Ange fakturaadresser, referenser och betalningsvillkor.', file: 'iop.yaml', line: 47, path: '/finansiering/bidrag' },
    ]);
    expect(check(faktureringUppgifter, { yaml: replaced('      referens: Mikael Olow\n', '') })).toEqual([
      { ruleId: 'fakturering/uppgifter', severity: 'warning', message: 'Fakturaadressen för Familjebostäder i Göteborg AB saknar referens. Ange den mottagarkod, det referensnummer eller den kontaktperson som fakturan ska ha.', file: 'iop.yaml', line: 65, path: '/fakturering/adresser/1' },
    ]);
  });
});

describe('fakturering/datum', () => {
  it('godkänner datum inom avtalstiden och i en förlängningsperiod', () => {
    expect(check(faktureringDatum)).toEqual([]);
    const second = '    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }\n';
    const yaml = replaced('2025-03-14]', '2026-03-14]', replaced(second, second + '    - { id: "2026", start: 2026-03-01, slut: 2027-02-28, förlängning: true }\n'));
    expect(check(faktureringDatum, { yaml })).toEqual([]);
  });

  it('underkänner datum före starten och efter slutet', () => {
    expect(check(faktureringDatum, { yaml: replaced('[2024-03-15, 2025-03-14]', '[2024-02-15, 2026-03-14]') })).toEqual([
      { ruleId: 'fakturering/datum', severity: 'error', message: 'Fakturadatumet 2024-02-15 ligger före avtalstidens start 2024-03-01.', file: 'iop.yaml', line: 60, path: '/fakturering/fakturadatum/0' },
      { ruleId: 'fakturering/datum', severity: 'error', message: 'Fakturadatumet 2026-03-14 ligger efter avtalstidens slut 2026-02-28.', file: 'iop.yaml', line: 60, path: '/fakturering/fakturadatum/1' },
    ]);
  });
});
