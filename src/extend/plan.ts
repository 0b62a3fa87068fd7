// What `iop extend` adds: the next extension period and each contribution's amount for it.
import type { IopData, Period } from '../model.js';
import { contributionsOf, periodsOf } from '../data/access.js';
import { IopError } from '../errors.js';
import { addDays, extendEnd, isIsoDate } from '../calendar/dates.js';
import { currentEnd, extensionsLeft } from '../calendar/deadlines.js';
import type { KpiSerie } from '../kpi/table.js';
import type { KpiTables } from '../kpi/tables.js';
import { missingMonthText } from '../kpi/advice.js';
import type { Uplift } from '../kpi/uplift.js';
import { amountFor, indexationApplies, indexationTerms, upliftFor } from '../kpi/indexation.js';

export interface NewAmount {
  bidragIndex: number;
  amount: number;
  uplift?: Uplift;
}

export interface ExtensionPlan {
  /** Which extension this is (1 for the first). */
  number: number;
  period: Period;
  /** Amounts to add under each contribution's belopp (contributions with one amount for all periods keep it). */
  amounts: NewAmount[];
  serie?: KpiSerie;
}

/** The next extension; `today` (ISO) decides whether a missing KPI month can have been published yet. */
export function planExtension(data: IopData, tables: KpiTables, till: string | undefined, today: string): ExtensionPlan {
  const terms = data.avtalstid.förlängning;
  if (!terms) throw new IopError('Överenskommelsen kan inte förlängas: avtalstid.förlängning saknas.');
  if (terms.typ === 'ingen') throw new IopError("Överenskommelsen kan inte förlängas: avtalstid.förlängning.typ är 'ingen'.");
  const done = data.avtalstid.förlängningar ?? 0;
  if (extensionsLeft(data) === 0) {
    throw new IopError(`Överenskommelsen kan inte förlängas fler gånger: den har förlängts ${done} ${done === 1 ? 'gång' : 'gånger'} och avtalet tillåter högst ${terms.max ?? 0}.`);
  }
  const end = currentEnd(data);
  if (end === undefined) throw new IopError('Överenskommelsen kan inte förlängas: avtalstid.slut saknas (den gäller tills vidare).');
  const start = addDays(end, 1);
  const slut = till ?? extendEnd(end, terms.längd ?? 12);
  if (!isIsoDate(slut)) throw new IopError(`--till ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '${slut}'.`);
  if (slut < start) throw new IopError(`Förlängningen börjar ${start}; --till ${slut} ligger före det.`);
  const period: Period = { id: periodId(data, start, done + 1), start, slut, förlängning: true };
  const amounts = indexationApplies(data) ? upliftedAmounts(data, tables, start, today) : copiedAmounts(data);
  const totalt = periodTotal(data, amounts);
  if (totalt !== undefined) period.totalt = totalt;
  return { number: done + 1, period, amounts, serie: data.indexering?.serie };
}

function periodId(data: IopData, start: string, number: number): string {
  const taken = new Set(periodsOf(data).map((p) => p.id));
  const year = start.slice(0, 4);
  if (!taken.has(year)) return year;
  let id = `förlängning-${number}`;
  for (let n = 2; taken.has(id); n++) id = `förlängning-${number}-${n}`;
  return id;
}

function upliftedAmounts(data: IopData, tables: KpiTables, start: string, today: string): NewAmount[] {
  const result = indexationTerms(data);
  if (!result.ok) {
    if (result.reason === 'ofullständig') throw new IopError('Beloppen ska räknas upp med KPI, men indexering anger inte både serie och referensmånad, så uppräkningen kan inte räknas ut. Ange dem som avtalet säger.');
    if (result.reason === 'ingen-indexering') throw new IopError('Beloppen ska räknas upp med KPI (avtalstid.förlängning.kpi), men indexering saknas i iop.yaml.');
    throw new IopError(`Basperioden för KPI-uppräkningen (indexering.basperiod) finns inte bland finansiering.perioder.`);
  }
  const { terms } = result;
  const amounts: NewAmount[] = [];
  contributionsOf(data).forEach((bidrag, bidragIndex) => {
    if (bidrag.belopp === undefined) return;
    if (bidrag.slag !== 'pengar') {
      if (typeof bidrag.belopp !== 'number') amounts.push({ bidragIndex, amount: latestAmount(data, bidragIndex) });
      return;
    }
    const base = amountFor(bidrag, terms.basePeriod.id);
    if (base === undefined) throw new IopError(`Bidrag ${bidragIndex + 1} (${bidrag.part}) har inget belopp för basperioden ${terms.basePeriod.id}.`);
    const computed = upliftFor(terms, tables, base, start);
    if (!computed.ok) throw new IopError(`${missingMonthText(tables, terms.serie, computed.missingMonth, today)} iop.yaml är oförändrad.`);
    amounts.push({ bidragIndex, amount: computed.uplift.result, uplift: computed.uplift });
  });
  return amounts;
}

/** Without indexation a contribution given per period continues with its latest amount. */
function copiedAmounts(data: IopData): NewAmount[] {
  const amounts: NewAmount[] = [];
  contributionsOf(data).forEach((bidrag, bidragIndex) => {
    if (bidrag.belopp !== undefined && typeof bidrag.belopp !== 'number') amounts.push({ bidragIndex, amount: latestAmount(data, bidragIndex) });
  });
  return amounts;
}

function latestAmount(data: IopData, bidragIndex: number): number {
  const bidrag = contributionsOf(data)[bidragIndex]!;
  for (const period of [...periodsOf(data)].reverse()) {
    const amount = amountFor(bidrag, period.id);
    if (amount !== undefined) return amount;
  }
  return 0;
}

/** The new period's total, when the agreement states totals per period. */
function periodTotal(data: IopData, amounts: NewAmount[]): number | undefined {
  if (!periodsOf(data).some((p) => p.totalt !== undefined)) return undefined;
  let sum = 0;
  contributionsOf(data).forEach((bidrag, index) => {
    const counted = bidrag.ingår_i_totalt ?? bidrag.slag === 'pengar';
    if (!counted) return;
    const planned = amounts.find((a) => a.bidragIndex === index);
    sum += planned ? planned.amount : typeof bidrag.belopp === 'number' ? bidrag.belopp : 0;
  });
  return sum;
}

/** The data as it will be after the extension (used to verify the edited file). */
export function applyPlan(data: IopData, plan: ExtensionPlan): IopData {
  const next = structuredClone(data);
  next.finansiering = { ...next.finansiering, perioder: [...periodsOf(next)], bidrag: [...contributionsOf(next)] };
  next.finansiering.perioder!.push({ ...plan.period });
  for (const { bidragIndex, amount } of plan.amounts) {
    const bidrag = next.finansiering.bidrag![bidragIndex]!;
    if (typeof bidrag.belopp === 'number') {
      const all = Object.fromEntries(periodsOf(data).map((p) => [p.id, bidrag.belopp as number]));
      bidrag.belopp = { ...all, [plan.period.id]: amount };
    } else {
      bidrag.belopp = { ...(bidrag.belopp ?? {}), [plan.period.id]: amount };
    }
  }
  next.avtalstid.förlängningar = plan.number;
  return next;
}
