// tjänsteutlåtande/belopp: every amount in the tjänsteutlåtande is one of the agreement's amounts.
import { checkAmountFacts } from '../support/amount-facts.js';
import type { Rule } from '../types.js';
import { tjansteutlatandeSegments } from './segments.js';

export const tjansteutlatandeBelopp: Rule = {
  meta: {
    id: 'tjänsteutlåtande/belopp',
    severity: 'error',
    description: 'Belopp i tjänsteutlåtandet finns i överenskommelsens finansiering.',
    explanation: [
      'Tjänsteutlåtandet upprepar överenskommelsens belopp, och nämnden beslutar utifrån dem. Regeln hittar belopp som "875 000 kr", "875 000 SKR", "875 000 kronor", "650 000:-", "875 tkr" och "1,2 mnkr" i godkännandet, beslutspunkterna och tjansteutlatande.md, och kräver att varje belopp är ett som finansieringen anger: ett bidrag i en period, en periods total, totalen eller summan per år.',
      'Summor av delar som inte står i uppgifterna räknas inte som kända: ange dem i finansieringen (t.ex. som `totalt` för en period) eller skriv `{{belopp …}}`. Meddelandet visar det närmaste kända beloppet.',
    ].join('\n\n'),
    examples: {
      passing: 'Familjebostäder bidrar med 300 000 kr och Bergsjön 2031 med 75 000 kr.',
      failing: 'Familjebostäder bidrar med 350 000 kr.  # finansieringen anger 300 000 kr',
    },
    messages: {
      okänt: 'Tjänsteutlåtandet anger {belopp}, men det beloppet finns inte i överenskommelsens finansiering. Närmast är {närmast} ({vad}).',
      närmast: 'Överenskommelsen anger {belopp} ({vad}).',
    },
  },
  check(context) {
    checkAmountFacts(context, tjansteutlatandeSegments(context.arende));
  },
};
