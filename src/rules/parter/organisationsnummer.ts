// parter/organisationsnummer: the number is a real organisationsnummer (check digit, not a personnummer).
import { formatOrgnr } from '../../text/format.js';
import { luhnCheckDigit, orgnrDigits } from '../support/orgnr.js';
import type { Rule } from '../types.js';

export const parterOrganisationsnummer: Rule = {
  meta: {
    id: 'parter/organisationsnummer',
    severity: 'error',
    description: 'Organisationsnumret har rätt kontrollsiffra och är inget personnummer.',
    explanation: [
      'Ett organisationsnummer har tio siffror, NNNNNN-NNNN, eventuellt med prefixet 16 och med eller utan bindestreck. Den sista siffran är en kontrollsiffra som räknas fram ur de nio första med Luhn-algoritmen, så en felskriven siffra upptäcks nästan alltid. Den tredje och fjärde siffran är minst 20; lägre värden är en månad och betyder att numret är ett personnummer.',
      'Regeln gäller både parternas nummer och numren i fakturaadresserna. Ett nummer i en fakturaadress ska också vara samma som partens.',
    ].join('\n\n'),
    examples: {
      passing: 'organisationsnummer: 802444-1100',
      failing: 'organisationsnummer: 212000-1142  # kontrollsiffran ska vara 0',
    },
    messages: {
      kontrollsiffra: 'Organisationsnumret {nummer} har fel kontrollsiffra: den sista siffran ska vara {siffra} enligt Luhn-algoritmen. Kontrollera numret mot Bolagsverkets register.',
      gruppsiffra: 'Numret {nummer} är inget organisationsnummer: den första siffran anger juridisk form och är 1–9, aldrig 0.',
      personnummer: 'Numret {nummer} är inget organisationsnummer: den tredje och fjärde siffran ({siffror}) är lägre än 20, så det liknar ett personnummer.',
      annatÄnPartens: 'Organisationsnumret {nummer} i fakturaadressen är inte partens ({partens}).',
    },
  },
  check({ data, report }) {
    const checkNumber = (text: string | undefined, path: string): boolean => {
      const digits = orgnrDigits(text);
      if (!digits || text === undefined) return false;
      const shown = formatOrgnr(text);
      if (digits[0] === '0') {
        report({ messageId: 'gruppsiffra', values: { nummer: shown }, at: { path } });
        return false;
      }
      if (Number(digits.slice(2, 4)) < 20) {
        report({ messageId: 'personnummer', values: { nummer: shown, siffror: digits.slice(2, 4) }, at: { path } });
        return false;
      }
      const expected = luhnCheckDigit(digits.slice(0, 9));
      if (expected !== Number(digits[9])) {
        report({ messageId: 'kontrollsiffra', values: { nummer: shown, siffra: expected }, at: { path } });
        return false;
      }
      return true;
    };
    data.parter.forEach((part, index) => checkNumber(part.organisationsnummer, `/parter/${index}/organisationsnummer`));
    data.fakturering?.adresser?.forEach((address, index) => {
      if (address.organisationsnummer === undefined) return;
      const path = `/fakturering/adresser/${index}/organisationsnummer`;
      if (!checkNumber(address.organisationsnummer, path)) return;
      const part = data.parter.find((p) => p.id === address.part);
      if (part?.organisationsnummer !== undefined && orgnrDigits(part.organisationsnummer) !== orgnrDigits(address.organisationsnummer)) {
        report({ messageId: 'annatÄnPartens', values: { nummer: formatOrgnr(address.organisationsnummer), partens: formatOrgnr(part.organisationsnummer) }, at: { path } });
      }
    });
  },
};
