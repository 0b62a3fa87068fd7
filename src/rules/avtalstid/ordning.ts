// avtalstid/ordning: the term starts before it ends.
import type { Rule } from '../types.js';

export const avtalstidOrdning: Rule = {
  meta: {
    id: 'avtalstid/ordning',
    severity: 'error',
    description: 'Avtalstiden börjar före sitt slut.',
    explanation: '`avtalstid.start` är den första dagen överenskommelsen gäller och `avtalstid.slut` den sista. Slutet ska ligga efter starten; ett omkastat eller felskrivet datum upptäcks här.',
    examples: {
      passing: 'avtalstid:\n  start: 2024-03-01\n  slut: 2025-03-31',
      failing: 'avtalstid:\n  start: 2025-03-01\n  slut: 2024-03-31',
    },
    messages: {
      omvänd: 'Avtalstiden slutar {slut}, men börjar {start}. Slutdatumet ska ligga efter startdatumet.',
      start: 'Avtalstiden börjar här.',
    },
  },
  check({ data, report }) {
    const { start, slut } = data.avtalstid;
    if (slut !== undefined && slut <= start) {
      report({ messageId: 'omvänd', values: { start, slut }, at: { path: '/avtalstid/slut' }, related: [{ at: { path: '/avtalstid/start' }, messageId: 'start' }] });
    }
  },
};
