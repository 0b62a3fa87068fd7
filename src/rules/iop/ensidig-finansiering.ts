// iop/ensidig-finansiering: the public side pays everything and the idéburen side contributes nothing.
import { contributionsOf } from '../../data/access.js';
import { formatLista } from '../../text/format.js';
import type { Rule } from '../types.js';

export const iopEnsidigFinansiering: Rule = {
  meta: {
    id: 'iop/ensidig-finansiering',
    severity: 'warning',
    description: 'De idéburna parterna bidrar också, inte bara de offentliga.',
    explanation: 'I ett IOP bidrar alla parter. Om de offentliga parterna står för alla pengar och ingen idéburen part har något bidrag alls under `finansiering.bidrag` (varken pengar, värderade insatser eller insatser), liknar överenskommelsen ett köp eller ett föreningsbidrag. Högsta förvaltningsdomstolen bedömde i HFD 2020:15 ett IOP som ett offentligt kontrakt. Ange de idéburnas insatser, t.ex. ideell tid, lokaler, nätverk eller kompetens.',
    examples: {
      passing: 'bidrag:\n  - { part: sn-nordost, slag: pengar, belopp: 500000, mottagare: navet }\n  - { part: navet, slag: insats, beskrivning: Ideella krafter och lokal kännedom }',
      failing: 'bidrag:\n  - { part: sn-nordost, slag: pengar, belopp: 500000, mottagare: navet }',
    },
    messages: {
      ensidig: 'Bara de offentliga parterna bidrar: {parter} har inga bidrag, varken pengar eller insatser. Ange de idéburnas insatser under finansiering.bidrag.',
    },
  },
  check({ data, report }) {
    const sector = new Map(data.parter.map((part) => [part.id, part.sektor]));
    const ideburna = data.parter.filter((part) => part.sektor === 'idéburen');
    if (ideburna.length === 0) return;
    const publicMoney = contributionsOf(data).some((bidrag) => bidrag.slag === 'pengar' && sector.get(bidrag.part) === 'offentlig');
    const ideburenBidrag = contributionsOf(data).some((bidrag) => sector.get(bidrag.part) === 'idéburen');
    if (publicMoney && !ideburenBidrag) {
      report({ messageId: 'ensidig', values: { parter: formatLista(ideburna.map((part) => part.namn)) }, at: { path: '/finansiering/bidrag' } });
    }
  },
};
