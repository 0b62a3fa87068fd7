import { describe, expect, it } from 'vitest';
import { textPlatshallare as rule } from '../../src/rules/text/platshallare.js';
import { BASE_AVTAL, BASE_TJANSTEUTLATANDE, check, replaced } from '../helpers/arende.js';

const ID = 'text/platshållare';

describe(ID, () => {
  it('godkänner färdiga texter', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner TODO och ett tomt datum i avtal.md', () => {
    expect(check(rule, { avtal: BASE_AVTAL + '\nTODO: komplettera med lokalfrågan.\n\nGöteborg 2024-   \n' })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Texten innehåller platshållaren "TODO". Ett dokument som ska skrivas under får inte ha kvar platshållare.', file: 'avtal.md', line: 17 },
      { ruleId: ID, severity: 'warning', message: 'Datumet "2024-" är inte ifyllt. Skriv hela datumet (ÅÅÅÅ-MM-DD) eller ta bort raden; underskriftsblocken skapar datumraderna.', file: 'avtal.md', line: 19 },
    ]);
  });

  it('underkänner en titel som bara är fältets etikett, och XXXX i uppgifterna', () => {
    expect(check(rule, { yaml: replaced('titel: Verkställande direktör }', 'titel: Titel }') })).toEqual([
      { ruleId: ID, severity: 'warning', message: 'Fältet har kvar platshållaren "Titel". Fyll i den riktiga uppgiften.', file: 'iop.yaml', line: 24, path: '/parter/2/firmatecknare/titel' },
    ]);
    expect(check(rule, { yaml: replaced('N163-0038/24', 'N163-XXXX/24') }).map((d) => [d.line, d.path])).toEqual([[3, '/ärende/diarienummer']]);
  });

  it('underkänner ÅÅÅÅ-MM-DD och [fyll i] i tjänsteutlåtandet', () => {
    const text = BASE_TJANSTEUTLATANDE + '\nSamverkan skedde ÅÅÅÅ-MM-DD med [fyll i forum].\n';
    expect(check(rule, { tjansteutlatande: text }).map((d) => d.message)).toEqual([
      'Texten innehåller platshållaren "ÅÅÅÅ-MM-DD". Ett dokument som ska skrivas under får inte ha kvar platshållare.',
      'Texten innehåller platshållaren "[fyll i forum]". Ett dokument som ska skrivas under får inte ha kvar platshållare.',
    ]);
  });

  it('hittar platshållare först och sist i en uppgift och i texterna, men inte ord som liknar dem', () => {
    expect(check(rule, { yaml: replaced('referens: Mikael Olow', 'referens: XXX Olow 20xx') }).map((d) => [d.path, d.message.split('"')[1]])).toEqual([
      ['/fakturering/adresser/1/referens', 'XXX'],
      ['/fakturering/adresser/1/referens', '20xx'],
    ]);
    const avtal = BASE_AVTAL + '\nStockholm 2025-\nTBD. Sedan 2024-03-01 TODOS och XXL-storlek, 20XXL och [se bilagan].\n';
    expect(check(rule, { avtal }).map((d) => [d.line, d.message.split('"')[1]])).toEqual([
      [18, 'TBD'],
      [17, '2025-'],
    ]);
  });
});

describe('text/platshållare and the final build', () => {
  it('is a warning that a final build nevertheless refuses', async () => {
    const { blocksFinalBuild } = await import('../../src/rules/index.js');
    expect(blocksFinalBuild({ ruleId: 'text/platshållare', severity: 'warning' })).toBe(true);
    expect(blocksFinalBuild({ ruleId: 'mål/uppföljning', severity: 'warning' })).toBe(false);
    expect(blocksFinalBuild({ ruleId: 'mål/uppföljning', severity: 'error' })).toBe(true);
  });
});
