// fakturering/adress: every paying party has an invoice address.
import { partName } from '../support/parties.js';
import type { Rule } from '../types.js';
import { payers } from './payers.js';

export const faktureringAdress: Rule = {
  meta: {
    id: 'fakturering/adress',
    severity: 'error',
    description: 'Varje part som betalar pengar har en fakturaadress.',
    explanation: 'En part som bidrar med pengar (`slag: pengar`) faktureras av den fakturerande parten eller av mottagaren, och behöver då en fakturaadress under `fakturering.adresser`. Parten som själv fakturerar eller tar emot pengarna behöver ingen. Regeln gäller när avsnittet `fakturering` finns; saknas hela avsnittet varnar `fakturering/uppgifter`.',
    examples: {
      passing: 'bidrag:\n  - { part: familjebostader, slag: pengar, belopp: 300000, mottagare: navet }\nfakturering:\n  adresser:\n    - { part: familjebostader, rader: [Familjebostäder i Göteborg AB, Intraservice B 420, 405 38 Göteborg], referens: Mikael Olow }',
      failing: 'bidrag:\n  - { part: familjebostader, slag: pengar, belopp: 300000, mottagare: navet }\nfakturering:\n  adresser: []',
    },
    messages: {
      saknas: '{part} betalar pengar enligt finansieringen men har ingen fakturaadress under fakturering.adresser.',
    },
  },
  check({ data, report }) {
    if (!data.fakturering) return;
    const addressed = new Set((data.fakturering.adresser ?? []).map((address) => address.part));
    for (const payer of payers(data)) {
      if (!addressed.has(payer.id)) report({ messageId: 'saknas', values: { part: partName(data, payer.id) }, at: { path: `/finansiering/bidrag/${payer.bidragIndex}/part` } });
    }
  },
};
