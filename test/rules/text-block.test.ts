import { describe, expect, it } from 'vitest';
import { textBlock as rule, textBlockUtanUppgifter as empty } from '../../src/rules/text/block.js';
import { BASE_AVTAL, BASE_BILAGA, BASE_YAML, check } from '../helpers/arende.js';

const ID = 'text/block';
const avtal = (extra: string): string => `${BASE_AVTAL}\n${extra}`;

describe(ID, () => {
  it('godkänner avtal utan markörer och markörer för kända block, ett i taget', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { avtal: avtal('## Mål\n\n{{> mal}}\n\n## Ekonomi\n\n{{> finansiering}}\n\n{{>fakturering}}\n') })).toEqual([]);
  });

  it('underkänner ett okänt block, med förslag när namnet ligger nära', () => {
    expect(check(rule, { avtal: avtal('{{> finasiering}}\n') })).toEqual([
      { ruleId: ID, severity: 'error', message: '"finasiering" är inget block. Menade du "finansiering"?', file: 'avtal.md', line: 17 },
    ]);
    expect(check(rule, { avtal: avtal('{{> styrning}}\n') }).map((d) => d.message)).toEqual([
      '"styrning" är inget block. Block som kan placeras är "parter", "syfte", "organisation", "mal", "ataganden", "uppfoljning", "finansiering", "fakturering", "avtalstid" och "bilagor".',
    ]);
  });

  it('underkänner ett block som placeras två gånger och pekar på den första platsen', () => {
    expect(check(rule, { avtal: avtal('{{> finansiering}}\n\n## Ekonomi\n\n{{> finansiering}}\n') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Blocket "finansiering" är redan placerat på rad 17. Det skrivs bara ut där; ta bort den ena markören.',
        file: 'avtal.md',
        line: 21,
        related: [{ file: 'avtal.md', line: 17, message: 'Här är blocket "finansiering" placerat först.' }],
      },
    ]);
  });

  it('underkänner en markör för ett block i egen_text', () => {
    const yaml = `${BASE_YAML}egen_text: [avtalstid]\n`;
    expect(check(rule, { yaml, avtal: avtal('{{> avtalstid}}\n') }).map((d) => [d.line, d.message])).toEqual([
      [17, 'Blocket "avtalstid" står i egen_text: avtalet skriver det med egna ord, så markören skriver inte ut något. Ta bort markören eller ta bort "avtalstid" ur egen_text.'],
    ]);
    expect(check(rule, { yaml, avtal: avtal('{{> finansiering}}\n') })).toEqual([]);
  });

  it('underkänner en markör i en bilaga', () => {
    expect(check(rule, { bilagor: { '1-arbetsplan.md': `${BASE_BILAGA}\n{{> mal}}\n` } }).map((d) => [d.file, d.line, d.message])).toEqual([
      ['bilagor/1-arbetsplan.md', 5, 'Blocket "mal" kan bara placeras i avtal.md, inte i 1-arbetsplan.md.'],
    ]);
  });
});

describe('text/block-utan-uppgifter', () => {
  it('godkänner en markör för ett block med uppgifter', () => {
    expect(check(empty, { avtal: avtal('{{> fakturering}}\n') })).toEqual([]);
  });

  it('varnar för en markör för ett block utan uppgifter', () => {
    expect(check(empty, { avtal: avtal('## Syfte\n\n{{> syfte}}\n') })).toEqual([
      { ruleId: 'text/block-utan-uppgifter', severity: 'warning', message: 'Blocket "syfte" har inga uppgifter i iop.yaml och skriver inte ut något här.', file: 'avtal.md', line: 19 },
    ]);
    expect(check(empty, { yaml: `${BASE_YAML}syfte: Att stärka civilsamhället i Bergsjön.\n`, avtal: avtal('## Syfte\n\n{{> syfte}}\n') })).toEqual([]);
  });
});
