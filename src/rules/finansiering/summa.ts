// finansiering/summa: every stated total equals the sum of its parts, and the message shows the sum.
import type { IopData, Period } from '../../model.js';
import { formatBelopp, formatNumber } from '../../text/format.js';
import { contributionsOf, periodsOf } from '../../data/access.js';
import { countsInTotal, originalPeriods, periodParts, sum } from '../support/money.js';
import type { Rule } from '../types.js';

/** More terms than this are summed per period instead, so the message stays readable. */
const MAX_TERMS = 8;

function computation(values: number[]): string {
  if (values.length === 0) return `inga bidrag räknas in, alltså ${formatBelopp(0)}`;
  return `${values.map(formatNumber).join(' + ')} = ${formatBelopp(sum(values))}`;
}

/** The message and its values: a sum of one term is no sum ("250 000 = 250 000 kr"), so it is named as one. */
function mismatch(messageId: 'totalt' | 'period' | 'perÅr', values: number[], common: Record<string, string>): { messageId: string; values: Record<string, string> } {
  if (values.length === 1) return { messageId: `${messageId}Ett`, values: { ...common, bidrag: formatBelopp(values[0]!) } };
  return { messageId, values: { ...common, uträkning: computation(values) } };
}

function termTotals(data: IopData, periods: Period[]): number[] {
  const perPeriod = periods.map((period) => periodParts(data, period).map((part) => part.value));
  const flat = perPeriod.flat();
  return flat.length <= MAX_TERMS ? flat : perPeriod.map(sum);
}

export const finansieringSumma: Rule = {
  meta: {
    id: 'finansiering/summa',
    severity: 'error',
    description: 'Varje angiven summa (totalt, per period, per år) är lika med summan av bidragen.',
    explanation: [
      'Regeln räknar om varje summa som avtalet anger och visar uträkningen. `finansiering.totalt` jämförs med bidragen under den ursprungliga avtalstiden, alltså perioderna som inte är förlängningar. Varje periods `totalt` jämförs med bidragen i perioden, och `per_år` med bidragen i varje ursprunglig period, eller, när avtalet inte anger några perioder, med summan av bidragens belopp.',
      'Pengar räknas in om inte `ingår_i_totalt: false` anges. En värderad insats räknas bara in med `ingår_i_totalt: true`. Insatser utan värde räknas aldrig. Ett `belopp` som är ett tal gäller varje period; ett belopp per period-id gäller bara de perioderna.',
    ].join('\n\n'),
    examples: {
      passing: 'finansiering:\n  perioder:\n    - { id: "2024", start: 2024-03-01, slut: 2025-03-31 }\n  bidrag:\n    - { part: sn-nordost, slag: pengar, belopp: 500000 }\n    - { part: familjebostader, slag: pengar, belopp: 300000 }\n    - { part: bergsjon-2031, slag: pengar, belopp: 75000 }\n  totalt: 875000',
      failing: 'finansiering:\n  perioder:\n    - { id: "2024", start: 2024-03-01, slut: 2025-03-31 }\n  bidrag:\n    - { part: sn-nordost, slag: pengar, belopp: 500000 }\n    - { part: familjebostader, slag: pengar, belopp: 300000 }\n    - { part: bergsjon-2031, slag: pengar, belopp: 70000 }\n  totalt: 875000  # 500 000 + 300 000 + 70 000 = 870 000 kr',
    },
    messages: {
      totalt: 'Totalen {angiven} stämmer inte med summan av bidragen: {uträkning}.',
      period: 'Totalen {angiven} för perioden {period} stämmer inte med summan av bidragen i perioden: {uträkning}.',
      perÅr: 'Summan per år {angiven} stämmer inte med summan av bidragen för perioden {period}: {uträkning}.',
      perÅrUtanPerioder: 'Summan per år {angiven} stämmer inte med summan av bidragen: {uträkning}.',
      totaltEtt: 'Totalen {angiven} stämmer inte med det enda bidrag som räknas in, {bidrag}.',
      periodEtt: 'Totalen {angiven} för perioden {period} stämmer inte med det enda bidrag som räknas in i perioden, {bidrag}.',
      perÅrEtt: 'Summan per år {angiven} stämmer inte med det enda bidrag som räknas in för perioden {period}, {bidrag}.',
    },
  },
  check({ data, report }) {
    const finansiering = data.finansiering ?? {};
    const original = originalPeriods(data);
    if (finansiering.totalt !== undefined && original.length > 0) {
      const values = termTotals(data, original);
      if (sum(values) !== finansiering.totalt) {
        report({ ...mismatch('totalt', values, { angiven: formatBelopp(finansiering.totalt) }), at: { path: '/finansiering/totalt' } });
      }
    }
    periodsOf(data).forEach((period, index) => {
      if (period.totalt === undefined) return;
      const values = periodParts(data, period).map((part) => part.value);
      if (sum(values) !== period.totalt) {
        report({ ...mismatch('period', values, { angiven: formatBelopp(period.totalt), period: period.id }), at: { path: `/finansiering/perioder/${index}/totalt` } });
      }
    });
    if (finansiering.per_år !== undefined && periodsOf(data).length === 0) {
      // Without periods, yearly amounts ("500 000 kr per år") are each contribution's one amount.
      const values = contributionsOf(data).flatMap((bidrag) => (countsInTotal(bidrag) && typeof bidrag.belopp === 'number' ? [bidrag.belopp] : []));
      if (values.length > 0 && sum(values) !== finansiering.per_år) {
        report({ messageId: 'perÅrUtanPerioder', values: { angiven: formatBelopp(finansiering.per_år), uträkning: computation(values) }, at: { path: '/finansiering/per_år' } });
      }
    }
    if (finansiering.per_år !== undefined) {
      for (const period of original) {
        const values = periodParts(data, period).map((part) => part.value);
        if (sum(values) !== finansiering.per_år) {
          report({ ...mismatch('perÅr', values, { angiven: formatBelopp(finansiering.per_år), period: period.id }), at: { path: '/finansiering/per_år' } });
        }
      }
    }
  },
};
