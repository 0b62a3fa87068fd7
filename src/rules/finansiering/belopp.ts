// finansiering/belopp: amounts are positive, belong to periods that exist, and are given where needed.
import { contributionsOf, periodsOf } from '../../data/access.js';
import { closestMatch } from '../../schema/suggest.js';
import { formatBelopp, formatLista } from '../../text/format.js';
import { partName } from '../support/parties.js';
import type { Rule } from '../types.js';

export const finansieringBelopp: Rule = {
  meta: {
    id: 'finansiering/belopp',
    severity: 'error',
    description: 'Belopp är större än noll, hör till perioder som finns och anges för pengar och värderade insatser.',
    explanation: [
      'Ett bidrag med `slag: pengar` eller `slag: värderad-insats` ska ha ett `belopp`; en insats utan värde (`slag: insats`) ska inte ha något. Beloppet är antingen ett tal, som gäller varje period, eller en tabell från period-id till belopp. Varje nyckel i tabellen ska vara id för en period under `finansiering.perioder`.',
      'Belopp som är noll eller negativa är fel: ett bidrag som inte finns ska tas bort, och en kostnad är inget bidrag.',
    ].join('\n\n'),
    examples: {
      passing: 'perioder:\n  - { id: "2024", start: 2024-01-01, slut: 2024-12-31 }\n  - { id: "2025", start: 2025-01-01, slut: 2025-12-31 }\nbidrag:\n  - part: sn-nordost\n    slag: pengar\n    belopp: { "2024": 500000, "2025": 510000 }',
      failing: 'bidrag:\n  - part: sn-nordost\n    slag: pengar\n    belopp: { "2024": 500000, "2026": 510000 }  # perioden 2026 finns inte\n  - part: familjebostader\n    slag: pengar                               # belopp saknas',
    },
    messages: {
      okändPeriod: 'Perioden "{nyckel}" finns inte under finansiering.perioder. Menade du "{förslag}"?',
      okändPeriodUtanFörslag: 'Perioden "{nyckel}" finns inte under finansiering.perioder. Perioderna är {perioder}.',
      ejPositivt: 'Beloppet {belopp} i bidraget från {part} är inte större än 0\u00a0kr. Ta bort bidraget eller ange ett positivt belopp.',
      saknas: 'Bidraget från {part} är {slag} men saknar belopp.',
      insatsMedBelopp: 'Bidraget från {part} är en insats utan värde (slag: insats) men har ett belopp. Ange slag: värderad-insats om beloppet ska gälla.',
      totalEjPositiv: 'Summan {belopp} är inte större än 0\u00a0kr.',
    },
  },
  check({ data, report }) {
    const ids = periodsOf(data).map((period) => period.id);
    contributionsOf(data).forEach((bidrag, index) => {
      const base = `/finansiering/bidrag/${index}`;
      const part = partName(data, bidrag.part);
      if (bidrag.belopp === undefined) {
        // Money specified per insats in a bilaga ("enligt bilaga 2") has its amount there.
        if (bidrag.slag !== 'insats' && bidrag.enligt_bilaga === undefined) report({ messageId: 'saknas', values: { part, slag: bidrag.slag }, at: { path: `${base}/slag` } });
        return;
      }
      if (bidrag.slag === 'insats') {
        report({ messageId: 'insatsMedBelopp', values: { part }, at: { path: `${base}/belopp` } });
      }
      if (typeof bidrag.belopp === 'number') {
        if (bidrag.belopp <= 0) report({ messageId: 'ejPositivt', values: { belopp: formatBelopp(bidrag.belopp), part }, at: { path: `${base}/belopp` } });
        return;
      }
      for (const [key, value] of Object.entries(bidrag.belopp)) {
        const path = `${base}/belopp/${key}`;
        if (!ids.includes(key)) {
          const suggestion = closestMatch(key, ids);
          if (suggestion) report({ messageId: 'okändPeriod', values: { nyckel: key, förslag: suggestion }, at: { path, key: true } });
          else report({ messageId: 'okändPeriodUtanFörslag', values: { nyckel: key, perioder: formatLista(ids) }, at: { path, key: true } });
        }
        if (value <= 0) report({ messageId: 'ejPositivt', values: { belopp: formatBelopp(value), part }, at: { path } });
      }
    });
    const totals: [number | undefined, string][] = [
      [data.finansiering?.totalt, '/finansiering/totalt'],
      [data.finansiering?.per_år, '/finansiering/per_år'],
      ...periodsOf(data).map((period, i): [number | undefined, string] => [period.totalt, `/finansiering/perioder/${i}/totalt`]),
    ];
    for (const [value, path] of totals) {
      if (value !== undefined && value <= 0) report({ messageId: 'totalEjPositiv', values: { belopp: formatBelopp(value) }, at: { path } });
    }
  },
};
