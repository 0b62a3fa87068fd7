import { describe, expect, it } from 'vitest';
import { textReferenser as rule } from '../../src/rules/text/referenser.js';
import { BASE_AVTAL, check, replaced } from '../helpers/arende.js';

const ID = 'text/referenser';
const avtal = (from: string, to: string): string => replaced(from, to, BASE_AVTAL);
const messages = (text: string): string[] => check(rule, { avtal: text }).map((d) => d.message);

describe(ID, () => {
  it('godkänner uppgifter, hjälpfunktioner, index och each-block som finns', () => {
    expect(check(rule)).toEqual([]);
    expect(messages(BASE_AVTAL + '\n{{parter.0.namn}}, {{parter.[1].namn}}, {{#each parter}}{{namn}}{{/each}} och {{datum avtalstid.slut "lång"}}.\n')).toEqual([]);
  });

  it('underkänner en sökväg som inte finns, med förslag, på rätt rad', () => {
    expect(check(rule, { avtal: avtal('finansiering.per_år', 'finansiering.per_ar') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Uppgiften finansiering.per_ar finns inte i iop.yaml. Menade du finansiering.per_år?', file: 'avtal.md', line: 7 },
    ]);
  });

  it('underkänner okända hjälpfunktioner, parter och val', () => {
    expect(messages(avtal('{{belopp', '{{belop'))).toEqual(['Hjälpfunktionen belop finns inte. Menade du belopp?']);
    expect(messages(avtal('{{part "navet"', '{{part "navett"'))).toEqual(['Det finns ingen part med id "navett". Menade du "navet"?']);
    expect(messages(avtal('{{parter}}', '{{parter "ideell"}}'))).toEqual(['"ideell" är inget giltigt val för parter. Tillåtna värden är "idéburen" och "offentlig".']);
    expect(messages(avtal('{{parter}}', '{{parter.5.namn}}'))).toEqual(['Uppgiften parter.5.namn finns inte i iop.yaml.']);
    expect(messages(avtal('{{parter}}', '{{parter'))).toEqual(['Uttrycket avslutas inte med }}.']);
  });

  it('kontrollerar uttryck i beslutspunkterna i iop.yaml', () => {
    const yaml = replaced('underteckna överenskommelsen.\n', 'underteckna överenskommelsen {{ärende.diarenummer}}.\n');
    expect(check(rule, { yaml })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Uppgiften ärende.diarenummer finns inte i iop.yaml. Menade du ärende.diarienummer?', file: 'iop.yaml', line: 81, path: '/tjänsteutlåtande/beslutspunkter/0' },
    ]);
  });

  it('föreslår totalt för ord som summa och total, som avståndet mellan orden inte hittar', () => {
    expect(messages(avtal('{{belopp finansiering.per_år}}', '{{belopp finansiering.summa}}'))).toEqual(['Uppgiften finansiering.summa finns inte i iop.yaml. Menade du finansiering.totalt?']);
    expect(messages(avtal('{{belopp finansiering.per_år}}', '{{belopp finansiering.totalsumma}}'))).toEqual(['Uppgiften finansiering.totalsumma finns inte i iop.yaml. Menade du finansiering.totalt?']);
  });

  it('säger att ett part-id utan citattecken ska stå inom citattecken', () => {
    expect(messages(avtal('{{part "navet" "kortnamn"}}', '{{ part navet "kortnamn" }}'))).toEqual(['Part-id:t ska stå inom citattecken, annars läses det som en uppgift i iop.yaml: skriv {{part "navet"}}.']);
    expect(messages(avtal('{{part "navet" "kortnamn"}}', '{{part navett}}'))).toEqual(['Part-id:t ska stå inom citattecken, annars läses det som en uppgift i iop.yaml: skriv {{part "navet"}}.']);
    expect(messages(avtal('{{part "navet" "kortnamn"}}', '{{part foreningen-navet}}'))).toEqual([
      'Det finns ingen part med id "foreningen-navet". Parterna är navet, sn-nordost och familjebostader; skriv id:t inom citattecken, t.ex. {{part "navet"}}.',
    ]);
  });

  it('godkänner en part vars id hämtas ur uppgifterna', () => {
    expect(messages(avtal('{{part "navet" "kortnamn"}}', '{{part finansiering.bidrag.0.mottagare}}'))).toEqual([]);
  });
});
