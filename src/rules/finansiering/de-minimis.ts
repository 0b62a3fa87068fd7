// finansiering/de-minimis: public money to one idéburen party above the de minimis ceiling (domain §1).
import { amountIn, contributionsOf, periodsOf } from '../../data/access.js';
import { addMonths } from '../../calendar/dates.js';
import type { IopData } from '../../model.js';
import { formatBelopp } from '../../text/format.js';
import type { Rule } from '../types.js';

/** 300 000 EUR at an assumed 11,33 kr/EUR, rounded: the general de minimis ceiling over three years. */
export const DE_MINIMIS_KR = 3_400_000;

/** Public money to `recipient` in the periods that start within three years from each period's start; the largest sum. */
function largestThreeYearSum(data: IopData, recipient: string): { total: number; from: string } {
  const publicIds = new Set(data.parter.filter((part) => part.sektor === 'offentlig').map((part) => part.id));
  const soleIdeburen = data.parter.filter((part) => part.sektor === 'idéburen');
  const receives = (mottagare: string | undefined): boolean => mottagare === recipient || (mottagare === undefined && soleIdeburen.length === 1 && soleIdeburen[0]?.id === recipient);
  let best = { total: 0, from: '' };
  for (const first of periodsOf(data)) {
    const windowEnd = addMonths(first.start, 36);
    let total = 0;
    for (const period of periodsOf(data)) {
      if (period.start < first.start || period.start >= windowEnd) continue;
      for (const bidrag of contributionsOf(data)) {
        if (bidrag.slag !== 'pengar' || !publicIds.has(bidrag.part) || !receives(bidrag.mottagare)) continue;
        total += amountIn(bidrag, period) ?? 0;
      }
    }
    if (total > best.total) best = { total, from: first.start };
  }
  return best;
}

export const finansieringDeMinimis: Rule = {
  meta: {
    id: 'finansiering/de-minimis',
    severity: 'warning',
    description: 'Offentliga pengar till en idéburen part överstiger inte taket för försumbart stöd (de minimis).',
    explanation: [
      `Pengar från offentliga parter till en idéburen organisation kan vara statligt stöd. Stöd av mindre betydelse (de minimis) får vara högst 300 000 euro per företag under tre år. Regeln räknar med en växelkurs på omkring 11,33 kr per euro och varnar när de offentliga parternas pengar till en och samma idéburna part, under perioder som börjar inom tre år, blir mer än ${formatBelopp(DE_MINIMIS_KR)}.`,
      'Pengar utan mottagare räknas till den idéburna parten om det bara finns en. Taket är högre (750 000 euro) för tjänster av allmänt ekonomiskt intresse, och stöd från andra håll räknas också in. Varningen är en uppmaning att utreda frågan, inte ett juridiskt besked.',
    ].join('\n\n'),
    examples: {
      passing: 'bidrag:\n  - { part: sn-nordost, slag: pengar, belopp: 500000, mottagare: navet }',
      failing: 'perioder: [2024, 2025, 2026]\nbidrag:\n  - { part: sn-nordost, slag: pengar, belopp: 1500000, mottagare: navet }  # 4 500 000 kr på tre år',
    },
    messages: {
      överstiger: '{part} får {belopp} i offentliga medel under tre år från {från}. Det är mer än taket för stöd av mindre betydelse (300\u00a0000 euro, omkring {tak}). Utred om stödet är statligt stöd.',
    },
  },
  check({ data, report }) {
    data.parter.forEach((part, index) => {
      if (part.sektor !== 'idéburen') return;
      const { total, from } = largestThreeYearSum(data, part.id);
      if (total > DE_MINIMIS_KR) {
        report({ messageId: 'överstiger', values: { part: part.namn, belopp: formatBelopp(total), från: from, tak: formatBelopp(DE_MINIMIS_KR) }, at: { path: `/parter/${index}/id` } });
      }
    });
  },
};
