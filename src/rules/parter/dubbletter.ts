// parter/dubbletter: party ids, names and short names are unique.
import type { Rule } from '../types.js';

const FIELDS = [
  ['id', 'id'],
  ['namn', 'namn'],
  ['kortnamn', 'kortnamn'],
] as const;

export const parterDubbletter: Rule = {
  meta: {
    id: 'parter/dubbletter',
    severity: 'error',
    description: 'Ingen part förekommer två gånger: id, namn och kortnamn är unika.',
    explanation: 'Varje part har ett eget id, namn och kortnamn, annars går det inte att veta vilken part en hänvisning avser, och underskriftsblocken blir dubbla. Samma organisationsnummer är däremot tillåtet: flera nämnder eller förvaltningar i samma kommun skriver under med kommunens nummer. Jämförelsen av namn bryr sig inte om stora och små bokstäver.',
    examples: {
      passing: '- { id: sn-nordost, namn: Socialnämnden Nordost, organisationsnummer: 212000-1355 }\n- { id: dmf, namn: Demokrati och medborgarservice, organisationsnummer: 212000-1355 }',
      failing: '- { id: navet, namn: Föreningen Navet i Bergsjön }\n- { id: navet, namn: Navet }',
    },
    messages: {
      dubblett: 'Parten har samma {fält} ("{värde}") som part {första}. Varje part ska ha ett eget {fält}.',
    },
  },
  check({ data, report }) {
    for (const [field, word] of FIELDS) {
      const seen = new Map<string, number>();
      data.parter.forEach((part, index) => {
        const value = part[field];
        if (value === undefined) return;
        const key = value.trim().toLowerCase();
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        report({ messageId: 'dubblett', values: { fält: word, värde: value, första: first + 1 }, at: { path: `/parter/${index}/${field}` } });
      });
    }
  },
};
