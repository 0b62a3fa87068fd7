// parter/orgnr-sektor: the first digit of the organisationsnummer tells the legal form; warn when it contradicts the sector.
import type { Part } from '../../model.js';
import { formatOrgnr } from '../../text/format.js';
import { orgnrDigits } from '../support/orgnr.js';
import type { Rule } from '../types.js';

/** The sector a number's first digit suggests, or undefined when it says nothing (e.g. 5, aktiebolag). */
function expectedSector(digits: string): { sektor: Part['sektor'] | 'inte-idéburen'; form: string } | undefined {
  // Svenska kyrkans församlingar and pastorat have numbers starting 252 and may well be idéburna parter.
  if (digits.startsWith('252')) return undefined;
  switch (digits[0]) {
    case '2':
      return { sektor: 'offentlig', form: 'stat, region eller kommun' };
    case '7':
      return { sektor: 'idéburen', form: 'ekonomisk förening' };
    case '8':
      return { sektor: 'idéburen', form: 'ideell förening eller stiftelse' };
    case '9':
      return { sektor: 'inte-idéburen', form: 'handelsbolag eller kommanditbolag' };
    default:
      return undefined;
  }
}

export const parterOrgnrSektor: Rule = {
  meta: {
    id: 'parter/orgnr-sektor',
    severity: 'warning',
    description: 'Organisationsnumrets första siffra stämmer med partens sektor.',
    explanation: [
      'Den första siffran i ett organisationsnummer anger grupp av organisationsform: 2 för stat, regioner och kommuner, 5 för aktiebolag, 7 för ekonomiska föreningar, 8 för ideella föreningar och stiftelser och 9 för handels- och kommanditbolag. Regeln varnar när siffran motsäger sektorn: en offentlig part med 7 eller 8, en idéburen part med 2, och en idéburen part med 9, eftersom handelsbolag drivs med vinstsyfte.',
      'Nummer som börjar med 5 ger aldrig varning: kommunala bolag är aktiebolag men offentliga, och idéburna organisationer kan driva verksamhet i aktiebolag. Nummer som börjar med 252 (Svenska kyrkans församlingar och pastorat) ger inte heller varning, eftersom en församling kan vara idéburen part. Det är en varning, inte ett fel: kontrollera sektorn och numret.',
    ].join('\n\n'),
    examples: {
      passing: '- { id: familjebostader, sektor: offentlig, organisationsnummer: 556114-3941 }  # kommunalt bolag',
      failing: '- { id: navet, sektor: offentlig, organisationsnummer: 802444-1100 }  # 8 = ideell förening',
    },
    messages: {
      motsäger: 'Organisationsnumret {nummer} börjar med {siffra} ({form}), men {part} har sektor {sektor}. Kontrollera sektorn och numret.',
    },
  },
  check({ data, report }) {
    data.parter.forEach((part, index) => {
      const digits = orgnrDigits(part.organisationsnummer);
      const expected = digits ? expectedSector(digits) : undefined;
      if (!digits || !expected) return;
      const contradicts = expected.sektor === 'inte-idéburen' ? part.sektor === 'idéburen' : expected.sektor !== part.sektor;
      if (contradicts) {
        report({
          messageId: 'motsäger',
          values: { nummer: formatOrgnr(part.organisationsnummer), siffra: digits[0] ?? '', form: expected.form, part: part.namn, sektor: part.sektor },
          at: { path: `/parter/${index}/sektor` },
        });
      }
    });
  },
};
