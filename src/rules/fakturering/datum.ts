// fakturering/datum: invoice dates fall within the term, extension periods included.
import { latestEnd } from '../support/term.js';
import type { Rule } from '../types.js';

export const faktureringDatum: Rule = {
  meta: {
    id: 'fakturering/datum',
    severity: 'error',
    description: 'Fakturadatumen ligger inom avtalstiden, förlängningar inräknade.',
    explanation: 'En faktura enligt överenskommelsen kan bara skickas medan den gäller: från `avtalstid.start` till avtalstidens nuvarande slut (efter genomförda förlängningar) eller till slutet av den sista förlängningsperioden under `finansiering.perioder`. Ett datum utanför är oftast ett felskrivet år.',
    examples: {
      passing: 'avtalstid: { start: 2024-03-01, slut: 2025-03-31 }\nfakturering:\n  fakturadatum: [2024-03-15]',
      failing: 'avtalstid: { start: 2024-03-01, slut: 2025-03-31 }\nfakturering:\n  fakturadatum: [2023-03-15]',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      föreStart: 'Fakturadatumet {datum} ligger före avtalstidens start {start}.',
      efterSlut: 'Fakturadatumet {datum} ligger efter avtalstidens slut {slut}.',
    },
  },
  check({ data, report }) {
    const { start } = data.avtalstid;
    const end = latestEnd(data);
    data.fakturering?.fakturadatum?.forEach((datum, index) => {
      const at = { path: `/fakturering/fakturadatum/${index}` };
      if (datum < start) report({ messageId: 'föreStart', values: { datum, start }, at });
      else if (datum > end) report({ messageId: 'efterSlut', values: { datum, slut: end }, at });
    });
  },
};
