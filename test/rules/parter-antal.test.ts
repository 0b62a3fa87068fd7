import { describe, expect, it } from 'vitest';
import { parterAntal as rule } from '../../src/rules/parter/antal.js';
import { BASE_AVTAL, BASE_TJANSTEUTLATANDE, check } from '../helpers/arende.js';

const ID = 'parter/antal';
const avtal = (sentence: string): string => BASE_AVTAL + `\n${sentence}\n`;

describe(ID, () => {
  it('godkänner ett antal som stämmer med parterna, i ord, siffror och båda', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { avtal: avtal('Partnerskapet består av tre (3) partners.') })).toEqual([]);
    expect(check(rule, { avtal: avtal('De tre parterna ansvarar gemensamt för uppföljningen.') })).toEqual([]);
    expect(check(rule, { avtal: avtal('Överenskommelsen ingås mellan 3 parter.') })).toEqual([]);
  });

  it('läser inte ett antal som inte räknar alla parter', () => {
    expect(check(rule, { avtal: avtal('Om två parter är oeniga avgör styrgruppen. De två offentliga parterna bidrar med pengar.') })).toEqual([]);
  });

  it('varnar när texten räknar fler eller färre parter än överenskommelsen har', () => {
    expect(check(rule, { avtal: avtal('Partnerskapet består av nio (9) partners.') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Texten säger "nio (9) partners", alltså 9 parter, men överenskommelsen har 3 parter: Navet, Socialnämnden Nordost och Familjebostäder.',
        file: 'avtal.md',
        line: 17,
        related: [{ file: 'iop.yaml', line: 7, message: 'Parterna står här (3).' }],
      },
    ]);
    expect(check(rule, { tjansteutlatande: BASE_TJANSTEUTLATANDE + '\nDe fem parterna har kommit överens om målen.\n' }).map((d) => [d.file, d.message])).toEqual([
      ['tjansteutlatande.md', 'Texten säger "De fem parterna", alltså 5 parter, men överenskommelsen har 3 parter: Navet, Socialnämnden Nordost och Familjebostäder.'],
    ]);
  });

  it('varnar när ord och siffror anger olika tal', () => {
    expect(check(rule, { avtal: avtal('Överenskommelsen ingås mellan tre (4) parter.') }).map((d) => d.message)).toEqual([
      'Talet skrivs "mellan tre (4) parter": ordet betyder 3, siffrorna 4. Ord och siffror ska ange samma tal.',
    ]);
  });

  it('läser ett antal var det än står: över en radbrytning, efter ett skiljetecken, flera i följd', () => {
    const messages = (sentence: string): string[] => check(rule, { avtal: avtal(sentence) }).map((d) => d.message.slice(0, d.message.indexOf(',')));
    expect(messages('Överenskommelsen ingås mellan fem\nparter.')).toEqual(['Texten säger "mellan fem\nparter"']);
    expect(messages('Så är det.De fem parterna; alla 4 parter, samtliga tre parter och nio (9) partners!')).toEqual([
      'Texten säger "De fem parterna"',
      'Texten säger "alla 4 parter"',
      'Texten säger "nio (9) partners"',
    ]);
    expect(messages('Partnerskapet, med fem avdelningar, har parter. Fem partnerskap.')).toEqual([]);
  });
});
