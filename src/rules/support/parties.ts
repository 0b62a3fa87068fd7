// Who the parties are and where the data names them.
import { allGoals, contributionsOf, groups } from '../../data/access.js';
import type { IopData, Part } from '../../model.js';

export function partById(data: IopData, id: string): Part | undefined {
  return data.parter.find((part) => part.id === id);
}

/** The party's name for messages: its legal name, or the id when the party does not exist. */
export function partName(data: IopData, id: string): string {
  return partById(data, id)?.namn ?? id;
}

export interface PartyReference {
  id: string;
  /** JSON pointer to the reference. */
  path: string;
  /** Where a group (organisation.grupper) may be named instead of a party: a group can be responsible. */
  groupAllowed?: boolean;
  /** Where the agreement's own words may stand instead of an id ("roterar mellan parterna"): only a near-miss of an id is reported. */
  wordsAllowed?: boolean;
}

/** Every place in the data that names a party by id. */
export function partyReferences(data: IopData): PartyReference[] {
  const refs: PartyReference[] = [];
  const add = (id: string | undefined, path: string): void => {
    if (id !== undefined) refs.push({ id, path });
  };
  const addAll = (ids: string[] | undefined, path: string): void => ids?.forEach((id, i) => add(id, `${path}/${i}`));
  const addGroupOrParty = (id: string | undefined, path: string): void => {
    if (id !== undefined) refs.push({ id, path, groupAllowed: true });
  };
  const addIdOrWords = (value: string | undefined, path: string): void => {
    if (value !== undefined) refs.push({ id: value, path, wordsAllowed: true });
  };
  for (const { grupp, path: base } of groups(data)) {
    addAll(grupp.parter, `${base}/parter`);
    addIdOrWords(grupp.sammankallande, `${base}/sammankallande`);
    addIdOrWords(grupp.dokumenterar, `${base}/dokumenterar`);
    grupp.ledamöter?.forEach((member, i) => add(member.part, `${base}/ledamöter/${i}/part`));
  }
  const koordinator = data.organisation?.koordinator;
  if (typeof koordinator === 'string') add(koordinator, '/organisation/koordinator');
  else add(koordinator?.part, '/organisation/koordinator/part');
  data.åtaganden?.forEach((item, i) => addAll(item.parter, `/åtaganden/${i}/parter`));
  for (const { mal, path } of allGoals(data)) mal.ansvar?.forEach((id, i) => addGroupOrParty(id, `${path}/ansvar/${i}`));
  contributionsOf(data).forEach((bidrag, i) => {
    add(bidrag.part, `/finansiering/bidrag/${i}/part`);
    add(bidrag.mottagare, `/finansiering/bidrag/${i}/mottagare`);
  });
  add(data.fakturering?.fakturerande, '/fakturering/fakturerande');
  data.fakturering?.adresser?.forEach((address, i) => add(address.part, `/fakturering/adresser/${i}/part`));
  data.bilagor?.forEach((bilaga, i) => addAll(bilaga.parter, `/bilagor/${i}/parter`));
  addGroupOrParty(data.uppföljning?.ansvarig, '/uppföljning/ansvarig');
  data.uppföljning?.rapporter?.forEach((rapport, i) => addGroupOrParty(rapport.ansvarig, `/uppföljning/rapporter/${i}/ansvarig`));
  data.tidsfrister?.forEach((frist, i) => addGroupOrParty(frist.ansvarig, `/tidsfrister/${i}/ansvarig`));
  return refs;
}
