// avtal/period: periods written in the agreement's prose are its term.
import { checkTermFacts } from '../support/term-facts.js';
import type { Rule } from '../types.js';
import { avtalSegments } from './segments.js';

export const avtalPeriod: Rule = {
  meta: {
    id: 'avtal/period',
    severity: 'error',
    description: 'Perioder som skrivs ut i överenskommelsens text är avtalstiden.',
    explanation: [
      'En period med både start och slut i avtal.md eller i överenskommelsens texter i iop.yaml, som "Denna överenskommelse gäller fr.o.m. 2024-03-01 t.o.m. 2025-03-31", ska börja när avtalstiden börjar (eller en finansieringsperiod börjar) och sluta när avtalstiden slutar, när en möjlig förlängning slutar eller när en finansieringsperiod slutar. Ett enstaka datum kontrolleras bara när det skrivs som avtalstid ("gäller fr.o.m. 2024-03-01").',
      'Perioder som helt ligger före avtalstiden, t.ex. ett tidigare avtal "2019-07-01 – 2021-12-31", och enstaka historiska datum kontrolleras inte. Skriv gärna `{{period avtalstid.start avtalstid.slut}}`.',
    ].join('\n\n'),
    examples: {
      passing: 'Denna överenskommelse gäller fr.o.m. 2024-03-01 t.o.m. 2025-03-31.',
      failing: 'Denna överenskommelse gäller fr.o.m. 2024-01-01 t.o.m. 2025-03-31.  # avtalstiden börjar 2024-03-01',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      start: 'Texten anger en period som börjar {datum}, men avtalstiden börjar {start}.',
      slut: 'Texten anger en period som slutar {datum}, men avtalstiden slutar {slut}.',
      avtalstidStart: 'Avtalstiden börjar {start} enligt iop.yaml.',
      avtalstidSlut: 'Avtalstiden slutar {slut} enligt iop.yaml.',
    },
  },
  check(context) {
    checkTermFacts(context, avtalSegments(context.arende));
  },
};
