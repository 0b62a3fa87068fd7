import { describe, expect, it } from 'vitest';
import { iopEnsidigFinansiering as rule } from '../../src/rules/iop/ensidig-finansiering.js';
import { check, replaced } from '../helpers/arende.js';

describe('iop/ensidig-finansiering', () => {
  it('godkänner när den idéburna parten också bidrar', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar när bara de offentliga parterna bidrar', () => {
    expect(check(rule, { yaml: replaced('    - { part: navet, slag: värderad-insats, beskrivning: Ideellt arbete, belopp: 120000 }\n', '') })).toEqual([
      {
        ruleId: 'iop/ensidig-finansiering',
        severity: 'warning',
        message: 'Bara de offentliga parterna bidrar: Föreningen Navet i Bergsjön har inga bidrag, varken pengar eller insatser. Ange de idéburnas insatser under finansiering.bidrag.',
        file: 'iop.yaml',
        line: 47,
        path: '/finansiering/bidrag',
      },
    ]);
  });
});
