// mål/uppföljning: every goal can be followed up: it has indicators (or the agreement names who sets
// them later) and a party that collects the data.
import { allGoals } from '../../data/access.js';
import type { Rule } from '../types.js';

export const malUppfoljning: Rule = {
  meta: {
    id: 'mål/uppföljning',
    severity: 'warning',
    description: 'Varje mål har indikatorer och en part eller grupp som ansvarar för underlaget.',
    explanation: 'Ett mål som inte går att följa upp blir en avsiktsförklaring. Varje mål under `mål`, också delmål under `delmål`, bör ha `indikatorer` som visar hur det märks att målet nås, och `ansvar` som anger vilken part eller grupp som samlar in underlaget för uppföljningen. När avtalet säger att indikatorerna fastställs senare av en grupp eller part (`organisation.indikatorer_fastställs_av`) varnar regeln inte för mål utan indikatorer.',
    examples: {
      passing: 'mål:\n  - mål: Det lokala föreningslivet har stärkts.\n    indikatorer: [Fler föreningar deltar i Navets nätverksträffar.]\n    ansvar: [navet]',
      failing: 'mål:\n  - mål: Det lokala föreningslivet har stärkts.',
    },
    messages: {
      indikatorer: 'Målet saknar indikatorer. Ange hur det märks att målet nås, så att det går att följa upp.',
      ansvar: 'Målet anger inte vilken part eller grupp som samlar in underlaget för uppföljningen (ansvar).',
    },
  },
  check({ data, report }) {
    // The agreement names who sets the indicators later: a goal without them is as agreed.
    const indicatorsLater = data.organisation?.indikatorer_fastställs_av !== undefined;
    for (const { mal, path } of allGoals(data)) {
      const at = { path: `${path}/mål` };
      if (!indicatorsLater && (!mal.indikatorer || mal.indikatorer.length === 0)) report({ messageId: 'indikatorer', at });
      if (!mal.ansvar || mal.ansvar.length === 0) report({ messageId: 'ansvar', at });
    }
  },
};
