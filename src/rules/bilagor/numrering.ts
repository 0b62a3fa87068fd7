// bilagor/numrering: bilagor are numbered 1..n without gaps or duplicates, and the text refers only to those.
import { markdownSegment, maskedText } from '../support/prose.js';
import { allMatches } from '../support/scan.js';
import type { Rule } from '../types.js';

const REFERENCE = /\b[Bb]ilaga\s+(\d{1,2})\b/g;

export const bilagorNumrering: Rule = {
  meta: {
    id: 'bilagor/numrering',
    severity: 'error',
    description: 'Bilagorna är numrerade 1, 2, 3 … utan luckor och dubbletter, och texten hänvisar bara till bilagor som finns.',
    explanation: 'Bilagor numreras i följd från 1. Två bilagor med samma nummer, eller en lucka i numreringen, gör hänvisningarna tvetydiga. Regeln kontrollerar också att varje hänvisning som "bilaga 2" i avtal.md och tjansteutlatande.md gäller en bilaga som finns i listan.',
    examples: {
      passing: 'bilagor:\n  - { nummer: 1, titel: Arbetsplan }\n  - { nummer: 2, titel: Budget }',
      failing: 'bilagor:\n  - { nummer: 1, titel: Arbetsplan }\n  - { nummer: 3, titel: Budget }  # bilaga 2 saknas',
    },
    messages: {
      dubblett: 'Det finns redan en bilaga med nummer {nummer}. Varje bilaga ska ha ett eget nummer.',
      lucka: 'Bilagorna ska numreras 1, 2, 3 … utan luckor, men nummer {saknas} saknas.',
      okändHänvisning: 'Texten hänvisar till bilaga {nummer}, men det finns ingen bilaga {nummer} i listan över bilagor.',
    },
  },
  check({ arende, data, report }) {
    const bilagor = data.bilagor ?? [];
    const seen = new Set<number>();
    bilagor.forEach((bilaga, index) => {
      if (bilaga.nummer === undefined) return;
      if (seen.has(bilaga.nummer)) report({ messageId: 'dubblett', values: { nummer: bilaga.nummer }, at: { path: `/bilagor/${index}/nummer` } });
      seen.add(bilaga.nummer);
    });
    const highest = Math.max(0, ...seen);
    const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !seen.has(n));
    if (missing.length > 0) report({ messageId: 'lucka', values: { saknas: missing.join(', ') }, at: { path: '/bilagor' } });
    for (const source of [arende.avtal, arende.tjansteutlatande]) {
      if (!source) continue;
      const segment = markdownSegment(source);
      for (const match of allMatches(maskedText(segment), REFERENCE)) {
        const number = Number(match[1]);
        if (!seen.has(number)) report({ messageId: 'okändHänvisning', values: { nummer: number }, at: segment.place(match.index, match[0].length) });
      }
    }
  },
};
