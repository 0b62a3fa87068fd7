// kpi/uppräkning: every money amount of an extension period equals the KPI-uplifted base amount.
import type { Rule, RuleContext } from '../types.js';
import { formatBelopp } from '../../text/format.js';
import type { ValidArende } from '../../model.js';
import { kpiTablesForArende, type KpiTables } from '../../kpi/tables.js';
import { describeKpiSources, describeUplift } from '../../kpi/uplift.js';
import { amountFor, amountPath, extensionPeriods, indexationApplies, indexationTerms, indexedContributions, upliftFor } from '../../kpi/indexation.js';

const meta = {
  id: 'kpi/uppräkning',
  severity: 'error',
  description: 'Beloppen för förlängningsperioder ska vara basbeloppen uppräknade med KPI enligt indexeringen.',
  explanation:
    'När avtalet säger att beloppen räknas upp med konsumentprisindex vid förlängning (avtalstid.förlängning.kpi eller indexering) ska varje ' +
    'pengabidrag för en period med `förlängning: true` vara lika med basbeloppet × KPI(referensmånaden året före periodens start) / ' +
    'KPI(basmånaden), avrundat enligt indexering.avrundning. När avtalet räknar upp med en del av förändringen (`indexering.andel`, t.ex. 80) blir det ' +
    'basbeloppet × (1 + andel/100 × (KPI(ny) / KPI(bas) − 1)), och med `avrunda: nedåt` avrundas det nedåt. Beloppet sänks inte om inte indexering.får_sänkas är true. Meddelandet visar ' +
    'hela beräkningen så att den kan göras om för hand, och ur vilken tabell varje KPI-tal är hämtat: arkivets egen KPI-tabell ' +
    '(kpi.json bredvid iop.config.yaml eller i arkivets rot, eller filen som `kpi_tabell` anger) går före iop:s medföljande tabell.',
  examples: {
    passing: 'indexering: { serie: "1980", referensmånad: 10 }\nfinansiering:\n  perioder:\n    - { id: "2024", start: 2024-03-01, slut: 2025-03-31 }\n    - { id: "2025", start: 2025-04-01, slut: 2026-03-31, förlängning: true }\n  bidrag:\n    - part: kommunen\n      slag: pengar\n      belopp: { "2024": 500000, "2025": 507872 }',
    failing: '    - part: kommunen\n      slag: pengar\n      belopp: { "2024": 500000, "2025": 505000 }',
  },
  messages: {
    fel: 'Beloppet för förlängningsperioden {period} ska räknas upp med KPI: {beräkning}, men avtalet anger {angivet}. {källor}',
    saknas: 'Beloppet för förlängningsperioden {period} saknas. Med KPI-uppräkning blir det {beräkning}. {källor}',
    sammaBelopp: 'Beloppet gäller alla perioder, men förlängningsperioden {period} ska räknas upp med KPI: {beräkning}. Ange beloppet per period. {källor}',
    basbelopp: 'Basbeloppet för perioden {period}.',
    ingenIndexering: 'Avtalet säger att beloppen räknas upp med KPI vid förlängning, men villkoren saknas. Lägg till indexering med serie och referensmånad.',
    ofullständig: 'Förlängningsperioderna ska räknas upp med KPI, men indexeringen anger inte {saknas}, så beloppen kan inte kontrolleras. Ange det som avtalet säger, eller skriv in beloppen och låt avtalets text avgöra.',
    okändBasperiod: 'Basperioden {period} finns inte bland finansiering.perioder.',
    ingenBasperiod: 'Det finns ingen period som inte är en förlängning och som kan vara bas för uppräkningen. Ange indexering.basperiod.',
    ingetBasbelopp: 'Bidraget har inget belopp för basperioden {period}, så uppräkningen för {förlängning} kan inte kontrolleras.',
  },
} as const;

export function createUpliftRule(tables: (arende: ValidArende) => KpiTables = kpiTablesForArende): Rule {
  return {
    meta: { ...meta, examples: { ...meta.examples }, messages: { ...meta.messages } },
    check(context: RuleContext): void {
      const { data } = context;
      const extensions = extensionPeriods(data);
      if (!indexationApplies(data) || extensions.length === 0) return;
      const result = indexationTerms(data);
      if (!result.ok) {
        if (result.reason === 'ingen-indexering') context.report({ messageId: 'ingenIndexering', at: { path: '/avtalstid/förlängning/kpi' } });
        else if (result.reason === 'ofullständig') context.report({ messageId: 'ofullständig', values: { saknas: [data.indexering?.serie === undefined ? 'serie' : '', data.indexering?.referensmånad === undefined ? 'referensmånad' : ''].filter(Boolean).join(' och ') }, at: { path: '/indexering' } });
        else if (result.reason === 'okänd-basperiod') context.report({ messageId: 'okändBasperiod', values: { period: data.indexering?.basperiod ?? '' }, at: { path: '/indexering/basperiod' } });
        else context.report({ messageId: 'ingenBasperiod', at: { path: '/indexering' } });
        return;
      }
      const { terms } = result;
      const kpi = tables(context.arende);
      for (const { bidrag, index } of indexedContributions(data)) {
        const base = amountFor(bidrag, terms.basePeriod.id);
        const basePath = amountPath(index, bidrag, terms.basePeriod.id);
        for (const period of extensions) {
          if (period.id === terms.basePeriod.id) continue;
          if (base === undefined) {
            context.report({ messageId: 'ingetBasbelopp', values: { period: terms.basePeriod.id, förlängning: period.id }, at: { path: `/finansiering/bidrag/${index}/belopp` } });
            break;
          }
          const computed = upliftFor(terms, kpi, base, period.start);
          // A KPI month that is not in the table is kpi/index-saknas's warning, not an error here.
          if (!computed.ok) continue;
          const { uplift } = computed;
          const stated = amountFor(bidrag, period.id);
          if (stated === uplift.result) continue;
          const related = [{ at: { path: basePath }, messageId: 'basbelopp', values: { period: terms.basePeriod.id } }];
          const values = { period: period.id, beräkning: describeUplift(uplift), angivet: stated === undefined ? '' : formatBelopp(stated), källor: describeKpiSources(uplift) };
          if (typeof bidrag.belopp === 'number') {
            context.report({ messageId: 'sammaBelopp', values, at: { path: basePath } });
            break;
          }
          if (stated === undefined) context.report({ messageId: 'saknas', values, at: { path: `/finansiering/bidrag/${index}/belopp` }, related });
          else context.report({ messageId: 'fel', values, at: { path: amountPath(index, bidrag, period.id) }, related });
        }
      }
    },
  };
}

export const upprakning = createUpliftRule();
