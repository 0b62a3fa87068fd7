// finansiering/alla-bidrar: in an IOP every party contributes something (domain §1).
import { contributionsOf } from '../../data/access.js';
import type { Rule } from '../types.js';

export const finansieringAllaBidrar: Rule = {
  meta: {
    id: 'finansiering/alla-bidrar',
    severity: 'warning',
    description: 'Varje part bidrar med något: pengar, en insats eller ett åtagande.',
    explanation:
      'I ett idéburet offentligt partnerskap bidrar alla parter, med pengar, personaltid, lokaler eller andra resurser. En part räknas som bidragande om den står som `part` i ett bidrag under `finansiering.bidrag` eller bland parterna i ett åtagande under `åtaganden`. En part som varken bidrar eller åtar sig något är ett varningstecken: då liknar överenskommelsen ett köp eller ett bidrag snarare än ett partnerskap. När iop.yaml varken anger bidrag eller åtaganden beskriver avtalet dem med egna ord i texten, och regeln säger inget.',
    examples: {
      passing: 'bidrag:\n  - { part: sn-nordost, slag: pengar, belopp: 500000, mottagare: navet }\n  - { part: dmf, slag: insats, beskrivning: Personella resurser }\nåtaganden:\n  - { parter: [navet], punkter: [Föreningen driver mötesplatsen.] }',
      failing: 'parter: [navet, sn-nordost, dmf]\nbidrag:\n  - { part: sn-nordost, slag: pengar, belopp: 500000, mottagare: navet }\n# dmf bidrar inte och har inga åtaganden',
    },
    messages: {
      bidrarInte: '{part} bidrar inte med något enligt finansieringen och har inga åtaganden. I ett IOP bidrar varje part med pengar, tid, lokaler eller andra resurser.',
    },
  },
  check({ data, report }) {
    // Contributions described only in the agreement's prose are not for this rule to judge.
    if (contributionsOf(data).length === 0 && (data.åtaganden ?? []).length === 0) return;
    const contributing = new Set<string>();
    for (const bidrag of contributionsOf(data)) contributing.add(bidrag.part);
    for (const item of data.åtaganden ?? []) item.parter.forEach((id) => contributing.add(id));
    data.parter.forEach((part, index) => {
      if (!contributing.has(part.id)) report({ messageId: 'bidrarInte', values: { part: part.namn }, at: { path: `/parter/${index}/id` } });
    });
  },
};
