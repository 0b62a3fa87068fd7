// mål/uppföljning: every goal can be followed up: it has indicators and a party that collects the data.
import { goalsOf } from '../../data/access.js';
import type { Rule } from '../types.js';

export const malUppfoljning: Rule = {
  meta: {
    id: 'mål/uppföljning',
    severity: 'warning',
    description: 'Varje mål har indikatorer och en part som ansvarar för underlaget.',
    explanation: 'Ett mål som inte går att följa upp blir en avsiktsförklaring. Varje mål under `mål` bör ha `indikatorer` som visar hur det märks att målet nås, och `ansvar` som anger vilken part som samlar in underlaget för uppföljningen.',
    examples: {
      passing: 'mål:\n  - mål: Det lokala föreningslivet har stärkts.\n    indikatorer: [Fler föreningar deltar i Navets nätverksträffar.]\n    ansvar: [navet]',
      failing: 'mål:\n  - mål: Det lokala föreningslivet har stärkts.',
    },
    messages: {
      indikatorer: 'Målet saknar indikatorer. Ange hur det märks att målet nås, så att det går att följa upp.',
      ansvar: 'Målet anger inte vilken part som samlar in underlaget för uppföljningen (ansvar).',
    },
  },
  check({ data, report }) {
    goalsOf(data).forEach((goal, index) => {
      const at = { path: `/mål/${index}/mål` };
      if (!goal.indikatorer || goal.indikatorer.length === 0) report({ messageId: 'indikatorer', at });
      if (!goal.ansvar || goal.ansvar.length === 0) report({ messageId: 'ansvar', at });
    });
  },
};
