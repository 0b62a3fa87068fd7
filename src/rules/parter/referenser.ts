// parter/referenser: every party id used elsewhere in the data is a party of the agreement.
import { closestMatch } from '../../schema/suggest.js';
import { formatLista } from '../../text/format.js';
import { partyReferences } from '../support/parties.js';
import type { Rule } from '../types.js';

export const parterReferenser: Rule = {
  meta: {
    id: 'parter/referenser',
    severity: 'error',
    description: 'Varje part som nämns i grupperna, åtaganden, mål, finansiering, fakturering, bilagor, uppföljning och tidsfrister finns bland parterna.',
    explanation: 'Parter hänvisas till med sitt id på många ställen: i grupperna under `organisation.grupper` (parter, ledamöter, sammankallande, dokumenterar), som koordinator, i åtaganden, i målens ansvar, i bidragens part och mottagare, i faktureringen, i bilagorna, i uppföljningen och i tidsfristerna. Ett id som inte finns under `parter` är oftast ett stavfel eller en part som har tagits bort; regeln föreslår det närmaste id:t. Där en grupp kan ansvara (mål, rapporter, tidsfrister) får gruppens id stå. Sammankallande och dokumenterar får också vara avtalets egna ord, t.ex. "roterar mellan parterna"; där anmärker regeln bara på ett ord som nästan är ett id.',
    examples: {
      passing: 'parter:\n  - { id: navet, … }\norganisation:\n  grupper:\n    - { id: styrgruppen, namn: Styrgrupp, sammankallande: navet }',
      failing: 'parter:\n  - { id: navet, … }\norganisation:\n  grupper:\n    - { id: styrgruppen, namn: Styrgrupp, sammankallande: navett }',
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
      // Words ("roterar mellan parterna") are no id: only a single word near an id is a typo.
      if (ref.wordsAllowed && (!/^[\p{Ll}\d-]+$/u.test(ref.id) || !suggestion)) continue;
      if (suggestion) report({ messageId: 'okänd', values: { id: ref.id, förslag: suggestion }, at: { path: ref.path } });
      else report({ messageId: 'okändUtanFörslag', values: { id: ref.id, parter: formatLista(ids) }, at: { path: ref.path } });
    }
  },
};
