// Who the parties are and where the data names them.
import type { IopData, Part } from '../../model.js';

export function signingParties(data: IopData): Part[] {
  return data.parter.filter((part) => part.undertecknar !== false);
}

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
}

/** Every place in the data that names a party by id. */
export function partyReferences(data: IopData): PartyReference[] {
  const refs: PartyReference[] = [];
  const add = (id: string | undefined, path: string): void => {
    if (id !== undefined) refs.push({ id, path });
  };
  const addAll = (ids: string[] | undefined, path: string): void => ids?.forEach((id, i) => add(id, `${path}/${i}`));
  for (const name of ['styrgrupp', 'samverkansgrupp'] as const) {
    const group = data.organisation?.[name];
    const base = `/organisation/${name}`;
    addAll(group?.parter, `${base}/parter`);
    group?.ledamöter?.forEach((member, i) => add(member.part, `${base}/ledamöter/${i}/part`));
    add(group?.sammankallande, `${base}/sammankallande`);
    add(group?.dokumenterar, `${base}/dokumenterar`);
  }
  add(data.organisation?.koordinator, '/organisation/koordinator');
  data.åtaganden?.forEach((item, i) => addAll(item.parter, `/åtaganden/${i}/parter`));
  data.mål.forEach((goal, i) => addAll(goal.ansvar, `/mål/${i}/ansvar`));
  data.finansiering.bidrag.forEach((bidrag, i) => {
    add(bidrag.part, `/finansiering/bidrag/${i}/part`);
    add(bidrag.mottagare, `/finansiering/bidrag/${i}/mottagare`);
  });
  add(data.fakturering?.fakturerande, '/fakturering/fakturerande');
  data.fakturering?.adresser?.forEach((address, i) => add(address.part, `/fakturering/adresser/${i}/part`));
  data.bilagor?.forEach((bilaga, i) => addAll(bilaga.parter, `/bilagor/${i}/parter`));
  add(data.uppföljning?.ansvarig, '/uppföljning/ansvarig');
  data.uppföljning?.rapporter?.forEach((rapport, i) => add(rapport.ansvarig, `/uppföljning/rapporter/${i}/ansvarig`));
  return refs;
}
