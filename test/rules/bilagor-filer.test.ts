import { describe, expect, it } from 'vitest';
import { bilagorFiler as rule } from '../../src/rules/bilagor/filer.js';
import { BASE_BILAGA, check } from '../helpers/arende.js';

const ID = 'bilagor/filer';

describe(ID, () => {
  it('godkänner en listad bilaga som finns', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner en listad bilaga som saknas', () => {
    expect(check(rule, { bilagor: {} })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Bilaga 1 hänvisar till bilagor/1-arbetsplan.md, men filen finns inte i mappen bilagor/.', file: 'iop.yaml', line: 74, path: '/bilagor/0/fil' },
    ]);
  });

  it('underkänner en fil som inte står i listan', () => {
    expect(check(rule, { bilagor: { '1-arbetsplan.md': BASE_BILAGA, '2-budget.md': '## Budget\n' } })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Filen bilagor/2-budget.md står inte i listan över bilagor i iop.yaml. Lägg till den med nummer och titel, eller ta bort filen.', file: 'bilagor/2-budget.md', line: 1 },
    ]);
  });
});
