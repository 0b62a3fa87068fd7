import { describe, expect, it } from 'vitest';
import { avtalstidLangst as rule } from '../../src/rules/avtalstid/langst.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'avtalstid/längst';
// The base: 2024-03-01 – 2026-02-28 (two years), extended a year at a time at most twice: four years in all.
const avtal = (sentence: string): string => BASE_AVTAL + `\n${sentence}\n`;

describe(ID, () => {
  it('godkänner en längsta tid som stämmer med förlängningarna', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { avtal: avtal('Överenskommelsen kan förlängas i totalt två (2) år och upphör efter 4 år.') })).toEqual([]);
    expect(check(rule, { avtal: avtal('Överenskommelsen gäller som längst i fyra år.') })).toEqual([]);
  });

  it('läser inte den första avtalstiden som den längsta', () => {
    expect(check(rule, { avtal: avtal('Överenskommelsen gäller i två år.') })).toEqual([]);
  });

  it('varnar när förlängningarna i texten inte stämmer med max och längd', () => {
    expect(check(rule, { avtal: avtal('Överenskommelsen kan förlängas med sammanlagt högst tre år.') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Texten säger "förlängas med sammanlagt högst tre år", alltså förlängningar om sammanlagt 3 år, men iop.yaml anger 2 år (förlängning.max × förlängning.längd).',
        file: 'avtal.md',
        line: 17,
        related: [{ file: 'iop.yaml', line: 53, message: 'Avtalstiden och förlängningen står här.' }],
      },
    ]);
  });

  it('varnar när hela avtalstiden i texten inte stämmer, också med längst_till', () => {
    expect(check(rule, { avtal: avtal('Överenskommelsen upphör efter 3 år.') }).map((d) => d.message)).toEqual([
      'Texten säger "upphör efter 3 år", alltså en avtalstid om längst 3 år, men enligt iop.yaml kan överenskommelsen löpa 4 år (2024-03-01 – 2028-02-29).',
    ]);
    const capped = replaced('  uppsägningstid: 6\n', '  uppsägningstid: 6\n  längst_till: 2027-02-28\n');
    expect(check(rule, { yaml: capped, avtal: avtal('Överenskommelsen upphör efter 3 år.') })).toEqual([]);
  });

  it('säger till när texten anger en längsta tid men uppgifterna ingen', () => {
    const unlimited = replaced('förlängning: { typ: årlig, max: 2, besked: 3 }', 'förlängning: { typ: automatisk, längd: 12, besked: 3 }');
    expect(check(rule, { yaml: unlimited, avtal: avtal('Överenskommelsen upphör efter 3 år.') }).map((d) => d.message)).toEqual([
      'Texten säger "upphör efter 3 år", men iop.yaml anger ingen längsta avtalstid. Ange förlängning.max (och längd) eller avtalstid.längst_till, så att kalendern slutar där avtalet slutar.',
    ]);
  });

  it('läser avtalets egna meningar om avtalstiden i iop.yaml', () => {
    const yaml = replaced('  uppsägningstid: 6\n', '  uppsägningstid: 6\n  text:\n    - Överenskommelsen kan förlängas i totalt tre år.\n');
    expect(check(rule, { yaml }).map((d) => d.path)).toEqual(['/avtalstid/text/0']);
  });

  it('läser "år" i vilket skiftläge som helst, efter ett skiljetecken och inte i andra ord', () => {
    const said = (sentence: string): string[] => check(rule, { avtal: avtal(sentence) }).map((d) => d.message.slice(0, d.message.indexOf(',')));
    expect(said('Så gäller det.Överenskommelsen UPPHÖR EFTER 3 ÅR; den kan förlängas i totalt tre\når.')).toEqual(['Texten säger "förlängas i totalt tre\når"', 'Texten säger "UPPHÖR EFTER 3 ÅR"']);
    expect(said('Överenskommelsen upphör efter 3 årsskiften. Den gäller längst fyra år.')).toEqual([]);
  });
});
