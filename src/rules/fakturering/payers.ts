// Who pays money to another party and therefore is invoiced.
import { contributionsOf } from '../../data/access.js';
import type { IopData } from '../../model.js';

export interface Payer {
  id: string;
  /** Index of the party's first paying contribution. */
  bidragIndex: number;
}

/** Parties with a money contribution that they do not receive or invoice themselves. */
export function payers(data: IopData): Payer[] {
  const found = new Map<string, number>();
  contributionsOf(data).forEach((bidrag, index) => {
    if (bidrag.slag !== 'pengar') return;
    if (bidrag.part === data.fakturering?.fakturerande || bidrag.part === bidrag.mottagare) return;
    if (!found.has(bidrag.part)) found.set(bidrag.part, index);
  });
  return [...found].map(([id, bidragIndex]) => ({ id, bidragIndex }));
}
