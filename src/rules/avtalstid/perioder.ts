// avtalstid/perioder: finansiering periods lie within the term (extensions after it) and do not overlap.
import { periodsOf } from '../../data/access.js';
import type { Period } from '../../model.js';
import type { Rule } from '../types.js';

function span(period: Period): string {
  return `${period.start} – ${period.slut}`;
}

export const avtalstidPerioder: Rule = {
  meta: {
    id: 'avtalstid/perioder',
    severity: 'error',
    description: 'Finansieringens perioder ligger inom avtalstiden, förlängningsperioder efter den, och de överlappar inte.',
    explanation: 'Varje period under `finansiering.perioder` börjar före sitt slut. En period som inte är en förlängning ligger helt inom avtalstiden (`avtalstid.start` till `avtalstid.slut`). En förlängningsperiod (`förlängning: true`) börjar efter avtalstidens slut. Två perioder får inte överlappa, eftersom samma dag då skulle finansieras två gånger.',
    examples: {
      passing: 'avtalstid: { start: 2024-01-01, slut: 2025-12-31 }\nperioder:\n  - { id: "2024", start: 2024-01-01, slut: 2024-12-31 }\n  - { id: "2025", start: 2025-01-01, slut: 2025-12-31 }\n  - { id: "2026", start: 2026-01-01, slut: 2026-12-31, förlängning: true }',
      failing: 'avtalstid: { start: 2024-03-01, slut: 2025-03-31 }\nperioder:\n  - { id: "2024", start: 2024-01-01, slut: 2024-12-31 }  # börjar före avtalstiden\n  - { id: "2025", start: 2024-12-01, slut: 2025-03-31 }  # överlappar 2024',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      omvänd: 'Perioden {id} slutar {slut}, före sin start {start}.',
      utanför: 'Perioden {id} ({period}) ligger inte inom avtalstiden {avtalstid}. Markera den med förlängning: true om den är en förlängning.',
      förlängningFöreSlut: 'Förlängningsperioden {id} börjar {start}, men en förlängning börjar först efter avtalstidens slut {slut}.',
      överlappar: 'Perioden {id} ({period}) överlappar perioden {annan} ({annanPeriod}).',
      annan: 'Perioden {annan} ({annanPeriod}).',
    },
  },
  check({ data, report }) {
    const { start, slut } = data.avtalstid;
    const periods = periodsOf(data);
    periods.forEach((period, index) => {
      const path = `/finansiering/perioder/${index}`;
      if (period.slut < period.start) {
        report({ messageId: 'omvänd', values: { id: period.id, start: period.start, slut: period.slut }, at: { path: `${path}/slut` } });
        return;
      }
      if (period.förlängning === true) {
        if (slut !== undefined && period.start <= slut) report({ messageId: 'förlängningFöreSlut', values: { id: period.id, start: period.start, slut }, at: { path: `${path}/start` } });
      } else if (period.start < start || (slut !== undefined && period.slut > slut)) {
        report({ messageId: 'utanför', values: { id: period.id, period: span(period), avtalstid: slut !== undefined ? `${start} – ${slut}` : `fr.o.m. ${start}` }, at: { path: period.start < start ? `${path}/start` : `${path}/slut` } });
      }
    });
    const order = periods.map((period, index) => ({ period, index })).sort((a, b) => a.period.start.localeCompare(b.period.start));
    for (let i = 1; i < order.length; i++) {
      const previous = order[i - 1]!;
      const current = order[i]!;
      if (current.period.start <= previous.period.slut) {
        report({
          messageId: 'överlappar',
          values: { id: current.period.id, period: span(current.period), annan: previous.period.id, annanPeriod: span(previous.period) },
          at: { path: `/finansiering/perioder/${current.index}/start` },
          related: [{ at: { path: `/finansiering/perioder/${previous.index}/slut` }, messageId: 'annan', values: { annan: previous.period.id, annanPeriod: span(previous.period) } }],
        });
      }
    }
  },
};
