import { describe, expect, it } from 'vitest';
import { malUppfoljning as rule } from '../../src/rules/mal/uppfoljning.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'mål/uppföljning';

describe(ID, () => {
  it('godkänner ett mål med indikatorer och ansvar', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar för ett mål utan indikatorer och utan ansvar', () => {
    expect(check(rule, { yaml: replaced('    indikatorer:\n      - Ett invånarråd har etablerats.\n    ansvar: [navet]\n', '') })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Målet saknar indikatorer. Ange hur det märks att målet nås, så att det går att följa upp.', file: 'iop.yaml', line: 26, path: '/mål/0/mål' },
      { ruleId: ID, severity: 'warning', message: 'Målet anger inte vilken part eller grupp som samlar in underlaget för uppföljningen (ansvar).', file: 'iop.yaml', line: 26, path: '/mål/0/mål' },
    ]);
  });

  const NO_INDICATORS = replaced('    indikatorer:\n      - Ett invånarråd har etablerats.\n', '');

  it('varnar inte för mål utan indikatorer när avtalet säger vem som fastställer dem senare', () => {
    expect(check(rule, { yaml: NO_INDICATORS }).map((d) => d.path)).toEqual(['/mål/0/mål']);
    const later = replaced('organisation:\n', 'organisation:\n  indikatorer_fastställs_av: styrgruppen\n', NO_INDICATORS);
    expect(check(rule, { yaml: later })).toEqual([]);
  });

  it('läser delmål på nästa nivå', () => {
    const nested = replaced('    ansvar: [navet]\n', '    ansvar: [navet]\n    delmål:\n      - mål: Invånarrådet möts varje månad.\n        ansvar: [styrgruppen]\n');
    expect(check(rule, { yaml: nested }).map((d) => [d.path, d.message])).toEqual([
      ['/mål/0/delmål/0/mål', 'Målet saknar indikatorer. Ange hur det märks att målet nås, så att det går att följa upp.'],
    ]);
  });
});
