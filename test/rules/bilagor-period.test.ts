import { describe, expect, it } from 'vitest';
import { bilagorPeriod as rule } from '../../src/rules/bilagor/period.js';
import { BASE_BILAGA, check, replaced } from '../helpers/arende.js';

const ID = 'bilagor/period';

describe(ID, () => {
  it('godkänner avtalstiden i titel och text, och en egen period i front matter', () => {
    expect(check(rule)).toEqual([]);
    const own = '---\nstart: 2024-09-01\nslut: 2026-02-28\n---\n## Insats\n\nInsatsen pågår 2024-09-01 – 2026-02-28.\n';
    expect(check(rule, { bilagor: { '1-arbetsplan.md': own } })).toEqual([]);
  });

  it('underkänner en annan start i bilagans titel (som i underlaget)', () => {
    expect(check(rule, { yaml: replaced('plan fr.o.m. 2024-03-01', 'plan fr.o.m. 2024-01-01') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Bilagan anger en period som börjar 2024-01-01, men avtalstiden börjar 2024-03-01.',
        file: 'iop.yaml',
        line: 73,
        path: '/bilagor/0/titel',
        related: [{ file: 'iop.yaml', line: 54, message: 'Avtalstiden börjar 2024-03-01 enligt överenskommelsen.' }],
      },
    ]);
  });

  it('underkänner ett annat slut i bilagans text', () => {
    expect(check(rule, { bilagor: { '1-arbetsplan.md': replaced('– 2026-02-28', '– 2026-12-31', BASE_BILAGA) } }).map((d) => [d.message, d.file, d.line])).toEqual([
      ['Bilagan anger en period som slutar 2026-12-31, men avtalstiden slutar 2026-02-28.', 'bilagor/1-arbetsplan.md', 3],
    ]);
  });
});
