// A short amendment (tillägg) in Markdown that records an extension and its amounts.
import { contributionsOf, diarienummerOf } from '../data/access.js';
import type { IopData } from '../model.js';
import { formatBelopp, formatLista, formatPeriod } from '../text/format.js';
import { describeUplift, formatKpiMonth } from '../kpi/uplift.js';
import type { ExtensionPlan } from './plan.js';

export function renderTillagg(data: IopData, plan: ExtensionPlan): string {
  const names = data.parter.map((part) => part.namn);
  const rows = plan.amounts.map((amount) => {
    const bidrag = contributionsOf(data)[amount.bidragIndex]!;
    const part = data.parter.find((p) => p.id === bidrag.part)?.namn ?? bidrag.part;
    return `| ${part} | ${formatBelopp(amount.amount)} | ${amount.uplift ? describeUplift(amount.uplift) : 'oförändrat'} |`;
  });
  const diarienummer = diarienummerOf(data);
  const kpi = plan.amounts.find((a) => a.uplift)?.uplift;
  return [
    `# Tillägg ${plan.number} till ${data.ärende.titel}`,
    '',
    ...(diarienummer ? [`Diarienummer: ${diarienummer}`, ''] : []),
    `Parterna ${formatLista(names)} är överens om att överenskommelsen förlängs ${formatPeriod(plan.period.start, plan.period.slut)}.`,
    '',
    ...(kpi && plan.serie
      ? [`Beloppen räknas upp med konsumentprisindex (KPI ${plan.serie}=100) från ${formatKpiMonth(kpi.monthBase)} till ${formatKpiMonth(kpi.monthNew)} enligt överenskommelsens villkor om indexering.`, '']
      : []),
    ...(rows.length > 0 ? ['| Part | Belopp för perioden | Beräkning |', '| --- | --- | --- |', ...rows, ''] : []),
    'Övriga villkor i överenskommelsen gäller oförändrade.',
    '',
  ].join('\n');
}
