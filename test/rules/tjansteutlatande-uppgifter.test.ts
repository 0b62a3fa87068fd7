import { describe, expect, it } from 'vitest';
import { tjansteutlatandeUppgifter as rule } from '../../src/rules/tjansteutlatande/uppgifter.js';
import { BASE_TJANSTEUTLATANDE, BASE_YAML, check, replaced } from '../helpers/arende.js';

const ID = 'tjänsteutlåtande/uppgifter';
/** The base without its tjänsteutlåtande section. */
const WITHOUT_TU = BASE_YAML.slice(0, BASE_YAML.indexOf('tjänsteutlåtande:'));
const WITHOUT_CASE_FACTS = replaced('  diarienummer: N163-0038/24\n  förvaltning: Socialförvaltningen Nordost\n  nämnd: Socialnämnden Nordost\n', '', WITHOUT_TU);

describe(ID, () => {
  it('godkänner ett tjänsteutlåtande med alla uppgifter', () => {
    expect(check(rule)).toEqual([]);
  });

  it('kräver inget när ärendet inte har något tjänsteutlåtande', () => {
    expect(check(rule, { yaml: WITHOUT_CASE_FACTS, tjansteutlatande: undefined })).toEqual([]);
  });

  it('säger vad som saknas och vad det betyder, när tjänsteutlåtandet bara finns som tjansteutlatande.md', () => {
    expect(check(rule, { yaml: WITHOUT_CASE_FACTS, tjansteutlatande: BASE_TJANSTEUTLATANDE }).map((d) => [d.message, d.line])).toEqual([
      ['Tjänsteutlåtandet saknar diarienummer (ärende.diarienummer): sidhuvudet får inget diarienummer, och ärendet går inte att hitta i diariet.', 2],
      ['Tjänsteutlåtandet saknar nämnd (ärende.nämnd): förslaget till beslut säger inte vilken nämnd som beslutar.', 2],
      ['Tjänsteutlåtandet saknar förvaltning (ärende.förvaltning): sidhuvudet säger inte vilken förvaltning som har skrivit tjänsteutlåtandet.', 2],
      ['Tjänsteutlåtandet saknar datum då det utfärdas (tjänsteutlåtande.utfärdat): sidhuvudet får inget datum "Utfärdat".', 2],
      ['Tjänsteutlåtandet saknar handläggare (tjänsteutlåtande.handläggare): sidhuvudet anger ingen handläggare som nämnden kan fråga.', 2],
    ]);
  });

  it('varnar för en handläggare som saknas i avsnittet tjänsteutlåtande', () => {
    const yaml = replaced('  handläggare:\n    namn: Åsa Grellsgård\n', '');
    expect(check(rule, { yaml, tjansteutlatande: undefined })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Tjänsteutlåtandet saknar handläggare (tjänsteutlåtande.handläggare): sidhuvudet anger ingen handläggare som nämnden kan fråga.', file: 'iop.yaml', line: 75, path: '/tjänsteutlåtande' },
    ]);
  });
});
