// avtal/belopp: amounts in the agreement's prose and the bilagor are amounts the finansiering knows.
import { checkAmountFacts } from '../support/amount-facts.js';
import { markdownSegment } from '../support/prose.js';
import type { Rule } from '../types.js';
import { avtalSegments } from './segments.js';

export const avtalBelopp: Rule = {
  meta: {
    id: 'avtal/belopp',
    severity: 'warning',
    description: 'Belopp i överenskommelsens text och bilagor finns i finansieringen.',
    explanation: [
      'Belopp som skrivs för hand i löptexten blir lätt fel när budgeten ändras. Regeln hittar belopp ("875 000 kr", "875 000 SKR", "650 000:-", "875 tkr", "1,2 mnkr") i avtal.md, i bilagorna och i överenskommelsens texter i iop.yaml, och varnar för dem som inte är ett belopp i finansieringen: ett bidrag i en period, en periods total, totalen eller summan per år.',
      'Priser per enhet som inte är tid, som "1 600 kr per kvadratmeter", räknas inte som belopp. Det är en varning, eftersom en bilaga kan ha en egen budget. Skriv gärna `{{belopp finansiering.totalt}}`, så hämtas beloppet ur uppgifterna.',
    ].join('\n\n'),
    examples: {
      passing: 'Föreningen ersätts på årsbasis med 875 000 kr.',
      failing: 'Föreningen ersätts på årsbasis med 870 000 kr.  # finansieringen anger 875 000 kr',
    },
    messages: {
      okänt: 'Texten anger {belopp}, men det beloppet finns inte i finansieringen. Närmast är {närmast} ({vad}).',
      närmast: 'Finansieringen anger {belopp} ({vad}).',
    },
  },
  check(context) {
    checkAmountFacts(context, [...avtalSegments(context.arende), ...context.arende.bilagor.map(markdownSegment)]);
  },
};
