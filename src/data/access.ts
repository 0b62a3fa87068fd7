// Read access to the parts of iop.yaml that an agreement may leave out, with the empty value a
// missing part means. One place, so no stage invents a value for what the agreement does not say.
import type { Bidrag, Grupp, IopData, Mal, Part, Period } from '../model.js';

/** The ärende's diarienummer, when the agreement states one; blank text states none. */
export function diarienummerOf(data: IopData): string | undefined {
  return data.ärende.diarienummer?.trim() || undefined;
}

/** The financing periods the agreement states (none when it states no amounts per period). */
export function periodsOf(data: IopData): Period[] {
  return data.finansiering?.perioder ?? [];
}

/** The contributions the agreement states. */
export function contributionsOf(data: IopData): Bidrag[] {
  return data.finansiering?.bidrag ?? [];
}

/** The amount a contribution states for one period: one figure for every period, or a figure per period id. */
export function amountIn(bidrag: Bidrag, period: Period): number | undefined {
  if (typeof bidrag.belopp === 'number') return bidrag.belopp;
  return bidrag.belopp?.[period.id];
}

/** The parties that sign (undertecknar is not false), in the order they are listed. */
export function signingParties(data: IopData): Part[] {
  return data.parter.filter((part) => part.undertecknar !== false);
}

/** The goals, in order, top level only. */
export function goalsOf(data: IopData): Mal[] {
  return data.mål ?? [];
}

/** Every goal with its sub-goals (delmål) flattened, each with its JSON pointer. */
export function allGoals(data: IopData): Array<{ mal: Mal; path: string }> {
  const out: Array<{ mal: Mal; path: string }> = [];
  const walk = (list: Mal[], base: string): void =>
    list.forEach((mal, index) => {
      const path = `${base}/${index}`;
      out.push({ mal, path });
      if (mal.delmål) walk(mal.delmål, `${path}/delmål`);
    });
  walk(goalsOf(data), '/mål');
  return out;
}

/** The named groups (styrgrupp, samverkansgrupp, …), each with its JSON pointer. */
export function groups(data: IopData): Array<{ grupp: Grupp; path: string }> {
  return (data.organisation?.grupper ?? []).map((grupp, index) => ({ grupp, path: `/organisation/grupper/${index}` }));
}

/** The group with this id, if any. */
export function groupById(data: IopData, id: string | undefined): Grupp | undefined {
  return id === undefined ? undefined : data.organisation?.grupper?.find((g) => g.id === id);
}
