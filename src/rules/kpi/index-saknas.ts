// kpi/index-saknas: an uplift needs a KPI month that neither the repository's table nor the bundled one has (yet).
import { periodsOf } from '../../data/access.js';
import type { Rule, RuleContext } from '../types.js';
import type { ValidArende } from '../../model.js';
import { kpiTablesForArende, type KpiTables } from '../../kpi/tables.js';
import { latestText, recordAdvice } from '../../kpi/advice.js';
import { extensionPeriods, indexationApplies, indexationTerms, indexedContributions, upliftFor } from '../../kpi/indexation.js';

const meta = {
  id: 'kpi/index-saknas',
  severity: 'warning',
  description: 'Ett KPI-tal som uppräkningen behöver finns inte i KPI-tabellerna ännu.',
  explanation:
    'Uppräkningen vid förlängning behöver KPI för basmånaden och för referensmånaden före varje förlängningsperiod. Talen tas ur arkivets ' +
    'egen KPI-tabell (kpi.json bredvid iop.config.yaml eller i arkivets rot, eller filen som `kpi_tabell` anger) och ur iop:s medföljande ' +
    'tabell. Finns talet i ingen av dem kan beloppen inte kontrolleras. Meddelandet säger i vilken av SCB:s tabeller talet publiceras och ' +
    'hur det läggs in: `npx iop kpi set ÅÅÅÅ-MM <värde>` med talet som SCB har publicerat, eller `npx iop kpi update` som hämtar det från SCB.',
  examples: {
    passing: 'indexering: { serie: "1980", referensmånad: 10 }   # KPI för oktober året före finns i tabellen',
    failing: 'indexering: { serie: "1980", referensmånad: 10 }\n    - { id: "2031", start: 2031-04-01, slut: 2032-03-31, förlängning: true }   # KPI för 2030-10 saknas',
  },
  messages: {
    saknas: 'KPI för {månad} ({serie}=100) finns inte i KPI-tabellerna ännu, så beloppen för perioden {period} kan inte kontrolleras. {senaste} {råd}',
  },
} as const;

export function createMissingIndexRule(tables: (arende: ValidArende) => KpiTables = kpiTablesForArende): Rule {
  return {
    meta: { ...meta, examples: { ...meta.examples }, messages: { ...meta.messages } },
    check(context: RuleContext): void {
      const { data } = context;
      const extensions = extensionPeriods(data);
      if (!indexationApplies(data) || extensions.length === 0 || indexedContributions(data).length === 0) return;
      const result = indexationTerms(data);
      if (!result.ok) return;
      const kpi = tables(context.arende);
      const reported = new Set<string>();
      for (const period of extensions) {
        const computed = upliftFor(result.terms, kpi, 1, period.start);
        if (computed.ok || reported.has(computed.missingMonth)) continue;
        reported.add(computed.missingMonth);
        const index = periodsOf(data).indexOf(period);
        context.report({
          messageId: 'saknas',
          values: {
            månad: computed.missingMonth,
            serie: result.terms.serie,
            period: period.id,
            senaste: latestText(kpi, result.terms.serie),
            råd: recordAdvice(result.terms.serie, computed.missingMonth, context.today),
          },
          at: { path: `/finansiering/perioder/${index}/start` },
        });
      }
    },
  };
}

export const indexSaknas = createMissingIndexRule();
