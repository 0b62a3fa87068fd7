// The mistakes a new handläggare makes in iop.yaml, each with the one message it gets. Every
// message names the fix: what to write, quote, remove or pick, not only what is wrong. A mistake
// added to this list without a fix in its message fails the last test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeLineStarts } from '../../src/load/positions.js';
import { parseYaml } from '../../src/load/yaml.js';
import { validateAgainstSchema } from '../../src/schema/validate.js';
import type { Diagnostic } from '../../src/model.js';
import { ROOT } from '../helpers/cli.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), 'utf8');

/** The diagnostics of the loader and the schema for the minimal ärende with one change. */
function diagnosticsFor(from: string, to: string): Diagnostic[] {
  if (!BASE.includes(from)) throw new Error(`${from} finns inte i fixturen`);
  const text = BASE.replace(from, to);
  const parsed = parseYaml({ file: '/arende/iop.yaml', text, lineStarts: computeLineStarts(text) });
  if (parsed.diagnostics.length > 0 || !parsed.yaml) return parsed.diagnostics;
  return validateAgainstSchema('iop', parsed.data, parsed.yaml);
}

interface Mistake {
  what: string;
  from: string;
  to: string;
  message: string;
  /** 1-based line of the diagnostic in the changed text (default: where the change starts). */
  line?: number;
}

const lineOf = (needle: string): number => BASE.slice(0, BASE.indexOf(needle)).split('\n').length;

const MISTAKES: Mistake[] = [
  {
    what: 'an organisationsnummer without its hyphen (YAML reads a number)',
    from: 'organisationsnummer: 846005-8327',
    to: 'organisationsnummer: 8460058327',
    message: "'8460058327' i 'organisationsnummer' blir ett tal i YAML. Skriv organisationsnumret med bindestreck: 846005-8327.",
  },
  {
    what: 'an organisationsnummer with a space',
    from: 'organisationsnummer: 846005-8327',
    to: 'organisationsnummer: 846005 8327',
    message: "'846005 8327' är inget organisationsnummer i formen NNNNNN-NNNN: skriv 846005-8327.",
  },
  {
    what: 'a text with ": " in it',
    from: 'titel: Ordförande',
    to: 'titel: Ordförande: styrelsen',
    message: 'Texten innehåller ": ", som YAML läser som början på ett nytt fält. Sätt texten inom citattecken: titel: "Ordförande: styrelsen"',
  },
  {
    what: 'a line indented further than the line above, reported at that line',
    from: '    sektor: idéburen',
    to: '      sektor: idéburen',
    message: "Raden är indragen 2 mellanslag längre än raden ovanför. Ta bort 2 mellanslag så att den börjar rakt under 'kortnamn'.",
    line: lineOf('    sektor: idéburen'),
  },
  {
    what: 'an amount with öre',
    from: 'belopp: 250000',
    to: 'belopp: 250000.4',
    message: "'250000.4' i 'belopp' har öre. Belopp skrivs i hela kronor: skriv 250000.",
  },
  {
    what: 'an amount written as on paper',
    from: 'belopp: 250000',
    to: 'belopp: 250 000 kr',
    message: "'250 000 kr' i 'belopp' är skrivet som text. Ett belopp skrivs som ett tal i hela kronor, utan mellanslag och \"kr\": skriv 250000.",
  },
  {
    what: 'a total written with kr',
    from: '  totalt: 250000\nfakturering',
    to: '  totalt: 250000 kr\nfakturering',
    message: "'250000 kr' i 'totalt' är skrivet som text. Ett belopp skrivs som ett tal i hela kronor, utan mellanslag och \"kr\": skriv 250000.",
  },
  {
    what: 'a date in another form',
    from: 'datum: 2025-01-15',
    to: 'datum: 2025-1-15',
    message: "'2025-1-15' i 'datum' är inte skrivet som ÅÅÅÅ-MM-DD: skriv 2025-01-15.",
  },
  {
    what: 'a date in words',
    from: 'datum: 2025-01-15',
    to: 'datum: 15 januari 2025',
    message: "'15 januari 2025' i 'datum' är inte skrivet som ÅÅÅÅ-MM-DD: skriv 2025-01-15.",
  },
  {
    what: 'a number of days with its unit',
    from: 'betalningsvillkor: 30',
    to: 'betalningsvillkor: 30 dagar',
    message: "'30 dagar' i 'betalningsvillkor' ska vara ett tal utan text: skriv 30.",
  },
  {
    what: 'a yes in Swedish where true or false is asked for',
    from: '    sektor: idéburen',
    to: '    sektor: idéburen\n    undertecknar: ja',
    message: "'ja' i 'undertecknar' ska vara true eller false: skriv true.",
    line: lineOf('    sektor: idéburen') + 1,
  },
  {
    what: 'one text where a list is asked for',
    from: '    indikatorer:\n      - Antal barn som deltar i läxhjälpen varje vecka',
    to: '    indikatorer: Antal barn som deltar i läxhjälpen varje vecka',
    message: "'indikatorer' ska vara en lista. Skriv varje post på en egen rad under 'indikatorer:', indragen och med \"- \" först, t.ex. \"  - Antal barn som deltar i läxhjälpen varje vecka\".",
  },
  {
    what: 'a name where a signatory with fields is asked for',
    from: '    firmatecknare:\n      namn: Sara Lindqvist\n      titel: Ordförande',
    to: '    firmatecknare: Sara Lindqvist',
    message: "'firmatecknare' ska ha egna fält (namn, titel, för, datum …), inte en text. Skriv dem indragna på egna rader under 'firmatecknare:', t.ex. \"  namn: Sara Lindqvist\".",
  },
  {
    what: 'a text field that YAML reads as a number',
    from: '  diarienummer: KS-2025-0117',
    to: '  diarienummer: 20250117',
    message: "'20250117' i 'diarienummer' blir ett tal i YAML, men ska vara text. Sätt värdet inom citattecken: diarienummer: \"20250117\".",
  },
  {
    what: 'a party id written as the name',
    from: '  fakturerande: laxhjalpen',
    to: '  fakturerande: Läxhjälpen',
    message: "'Läxhjälpen' är inget giltigt part-id i 'fakturerande': ett id har små bokstäver a–z, siffror och bindestreck, som under parter. Skriv laxhjalpen.",
  },
  {
    what: 'a sector without its accent',
    from: 'sektor: idéburen',
    to: 'sektor: ideburen',
    message: "'ideburen' är inget tillåtet värde för 'sektor'. Tillåtna värden: idéburen, offentlig. Menade du 'idéburen'?",
  },
  {
    what: 'a misspelt field',
    from: 'finansiering:',
    to: 'finansering:',
    message: "Okänt fält 'finansering' – menade du 'finansiering'?",
  },
];

/** Words that say what to do. */
const FIX = /\b(skriv|Skriv|Sätt|Ta bort|Menade du|menade du|Tillåtna värden|Lägg till)\b/;

describe('common mistakes in iop.yaml', () => {
  it.each(MISTAKES.map((m) => [m.what, m]))('%s', (_what, mistake) => {
    const { from, to, message, line } = mistake as Mistake;
    const found = diagnosticsFor(from, to).filter((d) => d.ruleId !== 'schema/saknat-fält');
    expect(found.map((d) => d.message)).toEqual([message]);
    expect(found[0]!.line).toBe(line ?? lineOf(from));
  });

  it('every message names the fix', () => {
    for (const { from, to } of MISTAKES) {
      for (const diagnostic of diagnosticsFor(from, to).filter((d) => d.ruleId !== 'schema/saknat-fält')) expect(diagnostic.message).toMatch(FIX);
    }
  });
});
