// tjänsteutlåtande/period: the period the nämnd is asked to approve is the agreement's term.
import { checkTermFacts } from '../support/term-facts.js';
import type { Rule } from '../types.js';
import { tjansteutlatandeSegments } from './segments.js';

export const tjansteutlatandePeriod: Rule = {
  meta: {
    id: 'tjänsteutlåtande/period',
    severity: 'error',
    description: 'Perioden i tjänsteutlåtandet är överenskommelsens avtalstid.',
    explanation: [
      'Nämnden beslutar om det som står i tjänsteutlåtandet. Om beslutet anger en annan period än överenskommelsen är det oklart vad nämnden har godkänt. Regeln läser godkännandet och beslutspunkterna i iop.yaml och texten i tjansteutlatande.md och hittar perioder med både start och slut, som "fr.o.m. 2024-03-01 t.o.m. 2025-03-31", "från och med 2024-03-01 till och med 2025-12-31", "2024-03-01 – 2025-03-31" och "1 mars 2024 – 31 mars 2025". Startdatumet ska vara avtalstidens start (eller en finansieringsperiods start) och slutdatumet avtalstidens slut, slutet efter en möjlig förlängning eller en finansieringsperiods slut.',
      'Enstaka datum kontrolleras bara när de skrivs som avtalstid ("gäller fr.o.m. 2024-03-01"). Perioder som helt ligger före avtalstiden, t.ex. tidigare avtal, kontrolleras inte. Skriv gärna `{{period avtalstid.start avtalstid.slut}}`, så hämtas perioden ur uppgifterna.',
    ].join('\n\n'),
    examples: {
      passing: 'godkännande: Godkänna överenskommelsen … fr.o.m. 2024-03-01 t.o.m. 2025-03-31.',
      failing: 'godkännande: Godkänna överenskommelsen … från och med 2024-03-01 till och med 2025-12-31.  # avtalstiden slutar 2025-03-31',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      start: 'Tjänsteutlåtandet anger en period som börjar {datum}, men avtalstiden börjar {start}.',
      slut: 'Tjänsteutlåtandet anger en period som slutar {datum}, men avtalstiden slutar {slut}.',
      avtalstidStart: 'Avtalstiden börjar {start} enligt överenskommelsen.',
      avtalstidSlut: 'Avtalstiden slutar {slut} enligt överenskommelsen.',
    },
  },
  check(context) {
    checkTermFacts(context, tjansteutlatandeSegments(context.arende));
  },
};
