import { describe, expect, it } from 'vitest';
import { avtalstidPerioder as rule } from '../../src/rules/avtalstid/perioder.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'avtalstid/perioder';
const SECOND = '    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }\n';

describe(ID, () => {
  it('godkänner perioder inom avtalstiden och en förlängningsperiod efter den', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: replaced(SECOND, SECOND + '    - { id: "2026", start: 2026-03-01, slut: 2027-02-28, förlängning: true }\n') })).toEqual([]);
  });

  it('underkänner en period som börjar före avtalstiden', () => {
    expect(check(rule, { yaml: replaced('start: 2024-03-01, slut: 2025-02-28', 'start: 2024-01-01, slut: 2025-02-28') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Perioden 2024 (2024-01-01 – 2025-02-28) ligger inte inom avtalstiden 2024-03-01 – 2026-02-28. Markera den med förlängning: true om den är en förlängning.',
        file: 'iop.yaml',
        line: 45,
        path: '/finansiering/perioder/0/start',
      },
    ]);
  });

  it('underkänner överlappande perioder och pekar på båda', () => {
    expect(check(rule, { yaml: replaced('start: 2025-03-01, slut: 2026-02-28', 'start: 2025-02-01, slut: 2026-02-28') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Perioden 2025 (2025-02-01 – 2026-02-28) överlappar perioden 2024 (2024-03-01 – 2025-02-28).',
        file: 'iop.yaml',
        line: 46,
        path: '/finansiering/perioder/1/start',
        related: [{ file: 'iop.yaml', line: 45, message: 'Perioden 2024 (2024-03-01 – 2025-02-28).' }],
      },
    ]);
  });

  it('underkänner en förlängningsperiod inom avtalstiden och en omvänd period', () => {
    expect(check(rule, { yaml: replaced('totalt: 800000 }\n  bidrag', 'totalt: 800000, förlängning: true }\n  bidrag') })).toEqual([
      expect.objectContaining({ message: 'Förlängningsperioden 2025 börjar 2025-03-01, men en förlängning börjar först efter avtalstidens slut 2026-02-28.', line: 46 }),
    ]);
    expect(check(rule, { yaml: replaced('slut: 2025-02-28', 'slut: 2024-02-01') })).toEqual([
      expect.objectContaining({ message: 'Perioden 2024 slutar 2024-02-01, före sin start 2024-03-01.', line: 45 }),
    ]);
  });
});
