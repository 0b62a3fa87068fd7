import { describe, expect, it } from 'vitest';
import { finansieringBelopp as rule } from '../../src/rules/finansiering/belopp.js';
import { check, nb, replaced } from '../helpers/arende.js';

const ID = 'finansiering/belopp';

describe(ID, () => {
  it('godkänner belopp som tal och per period', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: replaced('belopp: 300000', 'belopp: { "2024": 300000, "2025": 310000 }') })).toEqual([]);
  });

  it('underkänner en nyckel som inte är en period, med förslag', () => {
    expect(check(rule, { yaml: replaced('belopp: 300000', 'belopp: { "2024": 300000, "2205": 300000 }') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Perioden "2205" finns inte under finansiering.perioder. Menade du "2025"?', file: 'iop.yaml', line: 49, path: '/finansiering/bidrag/1/belopp/2205' },
    ]);
  });

  it('räknar upp perioderna när inget förslag ligger nära', () => {
    expect(check(rule, { yaml: replaced('belopp: 300000', 'belopp: { "2024": 300000, "år-3": 300000 }') })).toEqual([
      expect.objectContaining({ message: 'Perioden "år-3" finns inte under finansiering.perioder. Perioderna är 2024 och 2025.', line: 49 }),
    ]);
  });

  it('underkänner belopp som är noll eller negativa', () => {
    expect(check(rule, { yaml: replaced('belopp: 500000', 'belopp: 0') })).toEqual([
      { ruleId: ID, severity: 'error', message: nb('Beloppet 0 kr i bidraget från Socialnämnden Nordost är inte större än 0 kr. Ta bort bidraget eller ange ett positivt belopp.'), file: 'iop.yaml', line: 48, path: '/finansiering/bidrag/0/belopp' },
    ]);
    expect(check(rule, { yaml: replaced('belopp: 500000', 'belopp: -5000') })[0]?.message).toBe(nb('Beloppet \u22125 000 kr i bidraget från Socialnämnden Nordost är inte större än 0 kr. Ta bort bidraget eller ange ett positivt belopp.'));
  });

  it('underkänner pengar utan belopp', () => {
    expect(check(rule, { yaml: replaced(', belopp: 300000', '') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Bidraget från Familjebostäder i Göteborg AB är pengar men saknar belopp.', file: 'iop.yaml', line: 49, path: '/finansiering/bidrag/1/slag' },
    ]);
  });

  it('underkänner en insats utan värde som har belopp', () => {
    expect(check(rule, { yaml: replaced('slag: värderad-insats', 'slag: insats') })).toEqual([
      expect.objectContaining({ message: 'Bidraget från Föreningen Navet i Bergsjön är en insats utan värde (slag: insats) men har ett belopp. Ange slag: värderad-insats om beloppet ska gälla.', line: 50 }),
    ]);
  });
});
