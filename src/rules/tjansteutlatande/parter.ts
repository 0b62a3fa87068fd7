// tjänsteutlåtande/parter: the decision text names every party of the agreement.
import { dataSegment } from '../support/prose.js';
import type { Rule } from '../types.js';

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

export const tjansteutlatandeParter: Rule = {
  meta: {
    id: 'tjänsteutlåtande/parter',
    severity: 'warning',
    description: 'Godkännandet i tjänsteutlåtandet nämner varje part i överenskommelsen.',
    explanation: 'När `tjänsteutlåtande.godkännande` ersätter den första beslutspunkten ska texten räkna upp samma parter som överenskommelsen. Regeln letar efter varje parts namn eller kortnamn (utan hänsyn till stora och små bokstäver). Saknas en part, eller står den under ett annat namn (t.ex. förvaltningen i stället för nämnden), är det oklart vilka parter nämnden godkänner. Utan `godkännande` skapas beslutspunkten ur partslistan och regeln har inget att kontrollera.',
    examples: {
      passing: 'godkännande: Godkänna överenskommelsen mellan Föreningen Navet i Bergsjön och Socialnämnden Nordost …',
      failing: 'godkännande: Godkänna överenskommelsen mellan Socialförvaltning Nordost och föreningen Navet …  # parten heter Socialnämnden Nordost',
    },
    messages: {
      saknas: 'Godkännandet nämner inte parten {part}. Beslutet ska räkna upp samma parter som överenskommelsen, med de namn som står där.',
      part: 'Parten heter {part} i överenskommelsen.',
    },
  },
  check({ arende, data, report }) {
    const text = data.tjänsteutlåtande?.godkännande;
    if (text === undefined) return;
    const haystack = normalize(text);
    const segment = dataSegment(arende, '/tjänsteutlåtande/godkännande', text);
    data.parter.forEach((part, index) => {
      const names = [part.namn, part.kortnamn].filter((name): name is string => name !== undefined);
      if (names.some((name) => haystack.includes(normalize(name)))) return;
      report({ messageId: 'saknas', values: { part: part.namn }, at: segment.place(0, text.length), related: [{ at: { path: `/parter/${index}/namn` }, messageId: 'part', values: { part: part.namn } }] });
    });
  },
};
