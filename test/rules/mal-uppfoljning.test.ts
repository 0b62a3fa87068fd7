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
      { ruleId: ID, severity: 'warning', message: 'Målet anger inte vilken part som samlar in underlaget för uppföljningen (ansvar).', file: 'iop.yaml', line: 26, path: '/mål/0/mål' },
    ]);
  });
});
