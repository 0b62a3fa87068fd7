// What `iop extend` tells the user it did: the extension, each new amount and where the KPI numbers
// came from. Each line names only what iop.yaml states: without a diarienummer the agreement is
// called "överenskommelsen", never "undefined".
import { contributionsOf, diarienummerOf } from '../data/access.js';
import type { IopData } from '../model.js';
import { formatBelopp, formatPeriod } from '../text/format.js';
import { describeKpiSources, describeUplift } from '../kpi/uplift.js';
import type { ExtensionPlan } from './plan.js';

const MESSAGES = {
  extended: (what: string, period: string, id: string, number: number) => `Förlängde ${what} ${period} (period ${id}, förlängning ${number}).`,
  agreement: 'överenskommelsen',
};

/** The lines `iop extend` prints about the plan it wrote, before the names of the files. */
export function extensionSummary(data: IopData, plan: ExtensionPlan): string[] {
  const what = diarienummerOf(data) ?? MESSAGES.agreement;
  const lines = [MESSAGES.extended(what, formatPeriod(plan.period.start, plan.period.slut), plan.period.id, plan.number)];
  const contributions = contributionsOf(data);
  for (const amount of plan.amounts) {
    const bidrag = contributions[amount.bidragIndex]!;
    lines.push(`  ${bidrag.part}: ${amount.uplift ? describeUplift(amount.uplift) : formatBelopp(amount.amount)}`);
  }
  const uplift = plan.amounts.find((amount) => amount.uplift)?.uplift;
  const sources = uplift ? describeKpiSources(uplift) : '';
  if (sources) lines.push(sources);
  return lines;
}
