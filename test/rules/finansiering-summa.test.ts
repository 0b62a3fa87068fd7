import { describe, expect, it } from 'vitest';
import { finansieringSumma as rule } from '../../src/rules/finansiering/summa.js';
import { check, nb, replaced } from '../helpers/arende.js';

const ID = 'finansiering/summa';

describe(ID, () => {
  it('godkänner summor som stämmer, med värderad insats utanför totalen', () => {
    expect(check(rule)).toEqual([]);
  });

  it('räknar inte förlängningsperioder i totalen för avtalstiden', () => {
    const period = '    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }\n';
    const yaml = replaced(period, period + '    - { id: "2026", start: 2026-03-01, slut: 2027-02-28, totalt: 800000, förlängning: true }\n');
    expect(check(rule, { yaml })).toEqual([]);
  });

  it('visar uträkningen när totalen inte stämmer', () => {
    expect(check(rule, { yaml: replaced('totalt: 1600000', 'totalt: 1700000') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: nb('Totalen 1 700 000 kr stämmer inte med summan av bidragen: 500 000 + 300 000 + 500 000 + 300 000 = 1 600 000 kr.'),
        file: 'iop.yaml',
        line: 51,
        path: '/finansiering/totalt',
      },
    ]);
  });

  it('underkänner en periods total', () => {
    expect(check(rule, { yaml: replaced('totalt: 800000 }', 'totalt: 875000 }') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: nb('Totalen 875 000 kr för perioden 2024 stämmer inte med summan av bidragen i perioden: 500 000 + 300 000 = 800 000 kr.'),
        file: 'iop.yaml',
        line: 45,
        path: '/finansiering/perioder/0/totalt',
      },
    ]);
  });

  it('använder belopp per period och jämför summan per år med varje period', () => {
    let yaml = replaced('belopp: 300000', 'belopp: { "2024": 300000, "2025": 310000 }');
    yaml = replaced('slut: 2026-02-28, totalt: 800000 }', 'slut: 2026-02-28, totalt: 810000 }', yaml);
    yaml = replaced('totalt: 1600000', 'totalt: 1610000', yaml);
    expect(check(rule, { yaml })).toEqual([
      expect.objectContaining({ message: nb('Summan per år 800 000 kr stämmer inte med summan av bidragen för perioden 2025: 500 000 + 310 000 = 810 000 kr.'), line: 52 }),
    ]);
  });

  it('räknar in en värderad insats med ingår_i_totalt: true', () => {
    const found = check(rule, { yaml: replaced('belopp: 120000 }', 'belopp: 120000, ingår_i_totalt: true }') });
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({
      message: nb('Totalen 1 600 000 kr stämmer inte med summan av bidragen: 500 000 + 300 000 + 120 000 + 500 000 + 300 000 + 120 000 = 1 840 000 kr.'),
      line: 51,
    });
  });

  it('räknar inte pengar med ingår_i_totalt: false', () => {
    const found = check(rule, { yaml: replaced('belopp: 300000, mottagare: navet }', 'belopp: 300000, mottagare: navet, ingår_i_totalt: false }') });
    expect(found[0]).toMatchObject({ message: nb('Totalen 1 600 000 kr stämmer inte med summan av bidragen: 500 000 + 500 000 = 1 000 000 kr.') });
  });

  it('nämner ett enda bidrag som det är, inte som en summa av en term', () => {
    let yaml = replaced('    - { part: familjebostader, slag: pengar, belopp: 300000, mottagare: navet }\n', '');
    yaml = replaced('totalt: 1600000', 'totalt: 1000000', yaml);
    yaml = replaced('per_år: 800000', 'per_år: 500000', yaml);
    yaml = yaml.replaceAll('totalt: 800000 }', 'totalt: 600000 }');
    const found = check(rule, { yaml }).map((d) => d.message);
    expect(found).toEqual([
      nb('Totalen 600 000 kr för perioden 2024 stämmer inte med det enda bidrag som räknas in i perioden, 500 000 kr.'),
      nb('Totalen 600 000 kr för perioden 2025 stämmer inte med det enda bidrag som räknas in i perioden, 500 000 kr.'),
    ]);
    const once = replaced('totalt: 1000000', 'totalt: 1200000', yaml);
    expect(check(rule, { yaml: once }).map((d) => d.message)).toContain(nb('Totalen 1 200 000 kr stämmer inte med summan av bidragen: 500 000 + 500 000 = 1 000 000 kr.'));
    const perYear = replaced('per_år: 500000', 'per_år: 600000', yaml).replaceAll('totalt: 600000 }', 'totalt: 500000 }');
    expect(check(rule, { yaml: perYear }).map((d) => d.message)).toEqual([
      nb('Summan per år 600 000 kr stämmer inte med det enda bidrag som räknas in för perioden 2024, 500 000 kr.'),
      nb('Summan per år 600 000 kr stämmer inte med det enda bidrag som räknas in för perioden 2025, 500 000 kr.'),
    ]);
    expect(found.join(' ')).not.toMatch(/\d = \d/);
  });
});
