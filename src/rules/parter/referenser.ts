// parter/referenser: every party id used elsewhere in the data is a party of the agreement.
import { closestMatch } from '../../schema/suggest.js';
import { formatLista } from '../../text/format.js';
import { partyReferences } from '../support/parties.js';
import type { Rule } from '../types.js';

export const parterReferenser: Rule = {
  meta: {
    id: 'parter/referenser',
    severity: 'error',
    description: 'Varje part som nämns i styrgrupp, åtaganden, mål, finansiering, fakturering, bilagor och uppföljning finns bland parterna.',
    explanation: 'Parter hänvisas till med sitt id på många ställen: i styrgruppen och samverkansgruppen (parter, ledamöter, sammankallande, dokumenterar), som koordinator, i åtaganden, i målens ansvar, i bidragens part och mottagare, i faktureringen, i bilagorna och i uppföljningen. Ett id som inte finns under `parter` är oftast ett stavfel eller en part som har tagits bort; regeln föreslår det närmaste id:t.',
    examples: {
      passing: 'parter:\n  - { id: navet, … }\norganisation:\n  styrgrupp:\n    sammankallande: navet',
      failing: 'parter:\n  - { id: navet, … }\norganisation:\n  styrgrupp:\n    sammankallande: navett',
    },
    messages: {
      okänd: 'Det finns ingen part med id "{id}". Menade du "{förslag}"?',
      okändUtanFörslag: 'Det finns ingen part med id "{id}". Parterna är {parter}.',
    },
  },
  check({ data, report }) {
    const ids = data.parter.map((part) => part.id);
    const groupIds = (data.organisation?.grupper ?? []).map((grupp) => grupp.id);
    for (const ref of partyReferences(data)) {
      if (ids.includes(ref.id) || (ref.groupAllowed && groupIds.includes(ref.id))) continue;
      const suggestion = closestMatch(ref.id, ids);
      if (suggestion) report({ messageId: 'okänd', values: { id: ref.id, förslag: suggestion }, at: { path: ref.path } });
      else report({ messageId: 'okändUtanFörslag', values: { id: ref.id, parter: formatLista(ids) }, at: { path: ref.path } });
    }
  },
};
