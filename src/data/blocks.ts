// The generated blocks of an agreement and whether the data states anything for each. The author
// places a block in avtal.md with a line `{{> NAME}}`; check and render share this one list.
import type { IopData } from '../model.js';
import { contributionsOf, goalsOf } from './access.js';

export type BlockName = NonNullable<IopData['egen_text']>[number];

/** Every block, in the order they get their own sections when the author places none of them. */
export const BLOCKS: readonly BlockName[] = ['parter', 'syfte', 'organisation', 'mal', 'ataganden', 'uppfoljning', 'finansiering', 'fakturering', 'avtalstid', 'bilagor'];

export function isBlockName(name: string): name is BlockName {
  return (BLOCKS as readonly string[]).includes(name);
}

const stated = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== undefined);

/** Whether the data states anything the block would print; a block without data prints nothing. */
export function blockHasData(data: IopData, name: BlockName): boolean {
  switch (name) {
    case 'parter':
    case 'avtalstid':
      return true;
    case 'syfte':
      return stated(data.syfte) || stated(data.målgrupp);
    case 'organisation':
      return stated(data.organisation?.grupper) || stated(data.organisation?.koordinator);
    case 'mal':
      return goalsOf(data).length > 0;
    case 'ataganden':
      return stated(data.åtaganden);
    case 'uppfoljning': {
      const u = data.uppföljning;
      return u !== undefined && [u.beskrivning, u.ansvarig, u.gånger_per_år, u.rapporter, u.utvärdering].some(stated);
    }
    case 'finansiering': {
      const f = data.finansiering;
      return f !== undefined && (contributionsOf(data).length > 0 || [f.text, f.totalt, f.per_år].some(stated));
    }
    case 'fakturering': {
      const f = data.fakturering;
      return f !== undefined && [f.fakturerande, f.tidpunkt, f.fakturadatum, f.betalningsvillkor, f.betalningsvillkor_text, f.dröjsmålsränta || undefined, f.fakturan_ska_ange, f.adresser].some(stated);
    }
    case 'bilagor':
      return stated(data.bilagor);
  }
}

/** The blocks the agreement writes in its own words (egen_text): iop prints none of them. */
export function ownTextBlocks(data: IopData): Set<BlockName> {
  return new Set(data.egen_text ?? []);
}
