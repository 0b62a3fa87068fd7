// fakturering/uppgifter: invoicing is described when money flows, and paying parties have a reference.
import { partName } from '../support/parties.js';
import type { Rule } from '../types.js';
import { payers } from './payers.js';

export const faktureringUppgifter: Rule = {
  meta: {
    id: 'fakturering/uppgifter',
    severity: 'warning',
    description: 'Fakturering beskrivs när pengar betalas, och betalande parter har en fakturareferens.',
    explanation: 'När en part betalar pengar till en annan behöver överenskommelsen säga hur det faktureras: avsnittet `fakturering` med fakturaadresser och betalningsvillkor. Fakturor utan rätt referens (mottagarkod, referensnummer eller kontaktperson) fastnar ofta i kommunernas fakturahantering, så varje betalande parts fakturaadress bör ha en `referens`.',
    examples: {
      passing: 'fakturering:\n  adresser:\n    - part: sn-nordost\n      rader: [N163 Socialnämnden Nordost, Intraservice, 405 38 Göteborg]\n      referens: Mottagarkod 250F',
      failing: 'fakturering:\n  adresser:\n    - part: sn-nordost\n      rader: [N163 Socialnämnden Nordost, Intraservice, 405 38 Göteborg]',
    },
    messages: {
      ingenFakturering: 'Pengar betalas mellan parterna, men iop.yaml har inget avsnitt fakturering. Ange fakturaadresser, referenser och betalningsvillkor.',
      referensSaknas: 'Fakturaadressen för {part} saknar referens. Ange den mottagarkod, det referensnummer eller den kontaktperson som fakturan ska ha.',
    },
  },
  check({ data, report }) {
    const paying = payers(data);
    if (paying.length === 0) return;
    if (!data.fakturering) {
      report({ messageId: 'ingenFakturering', at: { path: '/finansiering/bidrag' } });
      return;
    }
    const payerIds = new Set(paying.map((payer) => payer.id));
    data.fakturering.adresser?.forEach((address, index) => {
      if (payerIds.has(address.part) && address.referens === undefined) {
        report({ messageId: 'referensSaknas', values: { part: partName(data, address.part) }, at: { path: `/fakturering/adresser/${index}` } });
      }
    });
  },
};
