// parter/sektorer: an IOP has at least one idéburen and one offentlig party.
import type { Rule } from '../types.js';

export const parterSektorer: Rule = {
  meta: {
    id: 'parter/sektorer',
    severity: 'error',
    description: 'Det finns minst en idéburen och minst en offentlig part.',
    explanation: 'Ett idéburet offentligt partnerskap är ett samarbete mellan idéburna organisationer och offentliga aktörer. Utan en part från varje sektor är överenskommelsen inget IOP. Kontrollera `sektor` för varje part: kommuner, regioner, nämnder, förvaltningar och kommunala bolag är offentliga; föreningar, stiftelser och andra idéburna organisationer är idéburna.',
    examples: {
      passing: 'parter:\n  - { id: navet, sektor: idéburen, … }\n  - { id: sn-nordost, sektor: offentlig, … }',
      failing: 'parter:\n  - { id: navet, sektor: idéburen, … }\n  - { id: bergsjon-2031, sektor: idéburen, … }',
    },
    messages: {
      ingenIdeburen: 'Överenskommelsen har ingen idéburen part. Ett IOP behöver minst en idéburen organisation.',
      ingenOffentlig: 'Överenskommelsen har ingen offentlig part. Ett IOP behöver minst en offentlig part, t.ex. en kommun, nämnd eller region.',
    },
  },
  check({ data, report }) {
    if (!data.parter.some((part) => part.sektor === 'idéburen')) report({ messageId: 'ingenIdeburen', at: { path: '/parter' } });
    if (!data.parter.some((part) => part.sektor === 'offentlig')) report({ messageId: 'ingenOffentlig', at: { path: '/parter' } });
  },
};
