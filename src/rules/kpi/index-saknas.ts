// kpi/index-saknas: an uplift needs a KPI month that the bundled table does not have (yet).
import { periodsOf } from '../../data/access.js';
import type { Rule, RuleContext } from '../types.js';
import { defaultKpiTable, latestMonth, type KpiTable } from '../../kpi/table.js';
import { extensionPeriods, indexationApplies, indexationTerms, indexedContributions, upliftFor } from '../../kpi/indexation.js';

const meta = {
  id: 'kpi/index-saknas',
  severity: 'warning',
  description: 'Ett KPI-tal som uppräkningen behöver finns inte i KPI-tabellen ännu.',
  explanation:
    'Uppräkningen vid förlängning behöver KPI för basmånaden och för referensmånaden före varje förlängningsperiod. Finns talet inte i ' +
    'den medföljande tabellen (till exempel för att SCB inte har publicerat det än) kan beloppen inte kontrolleras. Kör `iop kpi update` ' +
    'när SCB har publicerat månaden.',
  examples: {
    passing: 'indexering: { serie: "1980", referensmånad: 10 }   # KPI för oktober året före finns i tabellen',
    failing: 'indexering: { serie: "1980", referensmånad: 10 }\n    - { id: "2031", start: 2031-04-01, slut: 2032-03-31, förlängning: true }   # KPI för 2030-10 saknas',
  },
  messages: {
    saknas: 'KPI för {månad} ({serie}=100) finns inte i tabellen ännu, så beloppen för perioden {period} kan inte kontrolleras. Senaste månaden i tabellen är {senaste}. Kör "iop kpi update" när SCB har publicerat talet.',
  },
} as const;

export function createMissingIndexRule(table: () => KpiTable = defaultKpiTable): Rule {
  return {
    meta: { ...meta, examples: { ...meta.examples }, messages: { ...meta.messages } },
    check(context: RuleContext): void {
      const { data } = context;
      const extensions = extensionPeriods(data);
      if (!indexationApplies(data) || extensions.length === 0 || indexedContributions(data).length === 0) return;
      const result = indexationTerms(data);
      if (!result.ok) return;
      const kpi = table();
      const reported = new Set<string>();
      for (const period of extensions) {
        const computed = upliftFor(result.terms, kpi, 1, period.start);
        if (computed.ok || reported.has(computed.missingMonth)) continue;
        reported.add(computed.missingMonth);
        const index = periodsOf(data).indexOf(period);
        context.report({
          messageId: 'saknas',
          values: { månad: computed.missingMonth, serie: result.terms.serie, period: period.id, senaste: latestMonth(kpi, result.terms.serie) ?? 'ingen (serien är tom)' },
          at: { path: `/finansiering/perioder/${index}/start` },
        });
      }
    },
  };
}

export const indexSaknas = createMissingIndexRule();
