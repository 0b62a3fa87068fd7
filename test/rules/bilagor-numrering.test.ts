import { describe, expect, it } from 'vitest';
import { bilagorNumrering as rule } from '../../src/rules/bilagor/numrering.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'bilagor/numrering';

describe(ID, () => {
  it('godkänner bilagor numrerade från 1 och hänvisningar till dem', () => {
    expect(check(rule, { avtal: BASE_AVTAL + '\nSe bilaga 1.\n' })).toEqual([]);
  });

  it('underkänner en lucka i numreringen', () => {
    expect(check(rule, { yaml: replaced('  - nummer: 1', '  - nummer: 2') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Bilagorna ska numreras 1, 2, 3 … utan luckor, men nummer 1 saknas.', file: 'iop.yaml', line: 71, path: '/bilagor' },
    ]);
  });

  it('underkänner dubbletter och hänvisningar till bilagor som inte finns', () => {
    const yaml = replaced('tjänsteutlåtande:', '  - nummer: 1\n    titel: Budget\ntjänsteutlåtande:');
    expect(check(rule, { yaml }).map((d) => [d.message, d.line])).toEqual([['Det finns redan en bilaga med nummer 1. Varje bilaga ska ha ett eget nummer.', 75]]);
    expect(check(rule, { avtal: BASE_AVTAL + '\nSe bilaga 2.\n' })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Texten hänvisar till bilaga 2, men det finns ingen bilaga 2 i listan över bilagor.', file: 'avtal.md', line: 17 },
    ]);
  });
});
