// avtalstid/slut: the term has an end date, or says that it runs until further notice.
import type { Rule } from '../types.js';

export const avtalstidSlut: Rule = {
  meta: {
    id: 'avtalstid/slut',
    severity: 'warning',
    description: 'Avtalstiden har ett slutdatum eller anger att överenskommelsen gäller tills vidare.',
    explanation: 'En överenskommelse utan slutdatum gäller tills vidare, men det ska avtalet säga. Saknas både `avtalstid.slut` och `tills_vidare: true` vet läsaren inte om slutdatumet är glömt, och iop kan inte räkna fram sista dag för besked om förlängning eller tidsfristerna i kalendern. Omvänt motsäger ett slutdatum `tills_vidare: true`.',
    examples: {
      passing: 'avtalstid:\n  start: 2024-03-01\n  tills_vidare: true\n  uppsägning: { före_verksamhetsår: 6 }',
      failing: 'avtalstid:\n  start: 2024-03-01',
    },
    messages: {
      saknas: 'Avtalstiden har inget slutdatum och anger inte att överenskommelsen gäller tills vidare. Ange avtalstid.slut, eller tills_vidare: true om avtalet gäller tills vidare; utan slutdatum går det inte att räkna fram sista dag för besked och uppsägning.',
      båda: 'Avtalstiden har slutdatumet {slut} men anger också tills_vidare: true. Ange det ena: ett slutdatum eller att överenskommelsen gäller tills vidare.',
    },
  },
  check({ data, report }) {
    const { slut, tills_vidare } = data.avtalstid;
    if (slut === undefined && tills_vidare !== true) report({ messageId: 'saknas', at: { path: '/avtalstid/start' } });
    if (slut !== undefined && tills_vidare === true) report({ messageId: 'båda', values: { slut }, at: { path: '/avtalstid/tills_vidare' } });
  },
};
