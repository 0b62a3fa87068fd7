// parter/undertecknare: an agreement needs at least two signing parties.
import { signingParties } from '../../data/access.js';
import type { Rule } from '../types.js';

export const parterUndertecknare: Rule = {
  meta: {
    id: 'parter/undertecknare',
    severity: 'error',
    description: 'Minst två parter skriver under överenskommelsen.',
    explanation: 'En överenskommelse blir bindande först när parterna skriver under. En part skriver under om inte `undertecknar: false` anges; det används för parter som bara ansluter till en bilaga. Minst två parter måste skriva under, annars finns ingen överenskommelse.',
    examples: {
      passing: '- { id: navet, … }\n- { id: sn-nordost, … }',
      failing: '- { id: navet, … }\n- { id: sn-nordost, undertecknar: false, … }',
    },
    messages: {
      en: 'Bara en av parterna skriver under. Minst två parter måste skriva under överenskommelsen.',
      ingen: 'Ingen av parterna skriver under. Minst två parter måste skriva under överenskommelsen.',
    },
  },
  check({ data, report }) {
    const count = signingParties(data).length;
    if (count < 2) report({ messageId: count === 0 ? 'ingen' : 'en', at: { path: '/parter' } });
  },
};
