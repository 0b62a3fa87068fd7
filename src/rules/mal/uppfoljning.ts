// mål/uppföljning: every goal can be followed up: it has indicators (or the agreement names who sets
// them later) and a party that collects the data.
import { allGoals } from '../../data/access.js';
import type { Rule } from '../types.js';

export const malUppfoljning: Rule = {
  meta: {
    id: 'mål/uppföljning',
    severity: 'warning',
    description: 'Varje mål har indikatorer och en part som ansvarar för underlaget.',
    explanation: 'Ett mål som inte går att följa upp blir en avsiktsförklaring. Varje mål under `mål` bör ha `indikatorer` som visar hur det märks att målet nås, och `ansvar` som anger vilken part eller grupp som samlar in underlaget för uppföljningen. Ett mål med delmål följs upp genom delmålen, så där gäller det delmålen. Anger avtalet att en grupp fastställer indikatorerna senare (`organisation.indikatorer_fastställs_av`) saknas de inte.',
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
    // Indicators set later by a named body, as the agreement says, are not missing.
    const later = data.organisation?.indikatorer_fastställs_av !== undefined;
    // A goal with delmål is followed up through them: only the lowest level needs indicators and ansvar.
    for (const { mal: goal, path } of allGoals(data)) {
      if (goal.delmål?.length) continue;
      const at = { path: `${path}/mål` };
      if (!later && (!goal.indikatorer || goal.indikatorer.length === 0)) report({ messageId: 'indikatorer', at });
      if (!goal.ansvar || goal.ansvar.length === 0) report({ messageId: 'ansvar', at });
    }
  },
};
