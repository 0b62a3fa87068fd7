// parter/antal: a number of parties stated in the text ("nio (9) partners", "de fem parterna") is the number of parties.
import { formatLista } from '../../text/format.js';
import { COUNT_SOURCE, readCount } from '../support/counts.js';
import { markdownSegment, maskedText, type ProseSegment } from '../support/prose.js';
import { clauseMatches } from '../support/scan.js';
import type { Rule } from '../types.js';

// "nio (9) partners", "de fem parterna", "mellan tre parter", "samtliga 4 parter": a count that
// counts the parties. A bare "två parter" ("om två parter är oeniga") is no count of them all.
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:de|alla|samtliga|dessa|mellan|våra)\s+)?${COUNT_SOURCE}\s+(partners|parterna|parter)(?![\p{L}])`,
  'giu',
);
const COUNTS_ALL = /^(?:de|alla|samtliga|dessa|mellan|våra)\s/iu;
/**
 * Where the text has "part…" (every match ends in partners, parterna or parter), a count before it:
 * only such clauses are searched. The pattern holds no . , ; : ! ? (see clauseMatches).
 */
const ANCHORS = [{ word: 'part', at: new RegExp(String.raw`(?<=${COUNT_SOURCE}\s+)(?:partners|parterna|parter)(?![\p{L}])`, 'iuy') }];

export const parterAntal: Rule = {
  meta: {
    id: 'parter/antal',
    severity: 'warning',
    description: 'Ett antal parter i texten, som "nio (9) partners" eller "de fem parterna", stämmer med antalet parter.',
    explanation:
      'Avtal räknar ofta sina parter i löptexten: "partnerskapet består av nio (9) partners", "de fem parterna", "överenskommelsen ingås mellan tre parter". När en part tillkommer eller utgår glöms sådana tal lätt bort. Regeln läser avtal.md och tjansteutlatande.md och jämför varje sådant tal med antalet parter under `parter`. Den läser tal med ord, siffror eller båda följda av "partners" eller "parterna", och tal efter "de", "alla", "samtliga", "dessa" eller "mellan" följda av "parter"; ett ensamt "två parter" ("om två parter är oeniga") räknar inte alla parter och lämnas utan anmärkning. Bilagorna läses inte, eftersom en bilaga kan gälla färre parter.',
    examples: {
      passing: 'Överenskommelsen ingås mellan tre (3) parter.  # tre parter under parter',
      failing: 'Partnerskapet består av nio (9) partners.  # åtta parter under parter',
    },
    messages: {
      antal: 'Texten säger "{text}", alltså {antal} parter, men överenskommelsen har {parter} parter: {namn}.',
      ordOchSiffror: 'Talet skrivs "{text}": ordet betyder {ord}, siffrorna {siffror}. Ord och siffror ska ange samma tal.',
      parter: 'Parterna står här ({parter}).',
    },
  },
  check({ arende, data, report }) {
    const parties = data.parter.length;
    const segments: ProseSegment[] = [arende.avtal, arende.tjansteutlatande].flatMap((source) => (source ? [markdownSegment(source)] : []));
    for (const segment of segments) {
      for (const match of clauseMatches(maskedText(segment), PATTERN, ANCHORS)) {
        const noun = (match[5] ?? '').toLowerCase();
        const count = readCount(match.slice(1, 5));
        if (!count) continue;
        // "tre parter" counts them all only after "de", "mellan" …, or with the number in words and digits.
        if (noun === 'parter' && !COUNTS_ALL.test(match[0]) && match[2] === undefined) continue;
        const at = segment.place(match.index, match[0].length);
        if (count.word !== undefined) {
          report({ messageId: 'ordOchSiffror', values: { text: match[0], ord: count.word, siffror: count.value }, at });
        } else if (count.value !== parties) {
          report({
            messageId: 'antal',
            values: { text: match[0], antal: count.value, parter: parties, namn: formatLista(data.parter.map((part) => part.kortnamn ?? part.namn)) },
            at,
            related: [{ at: { path: '/parter' }, messageId: 'parter', values: { parter: parties } }],
          });
        }
      }
    }
  },
};
