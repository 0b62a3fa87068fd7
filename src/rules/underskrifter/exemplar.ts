// underskrifter/exemplar: the number of identical originals equals the number of signing parties.
import { NUMBER_WORD_SOURCE, parseNumberWord } from '../../text/number-words.js';
import { dataSegments, markdownSegment, maskedText, type ProseSegment } from '../support/prose.js';
import { clauseMatches } from '../support/scan.js';
import { signingParties } from '../../data/access.js';
import type { Rule } from '../types.js';

export interface ExemplarFact {
  offset: number;
  length: number;
  word?: { text: string; value: number };
  digits?: number;
}

// "fem (5) likalydande exemplar", "två likalydande exemplar", "i 3 exemplar", "i tre originalexemplar".
const NUMBER = String.raw`(?:(${NUMBER_WORD_SOURCE})\s*\(\s*(\d{1,2})\s*\)|(${NUMBER_WORD_SOURCE})|(\d{1,2}))`;
const PATTERN = new RegExp(String.raw`(?<![\p{L}\d])(?:${NUMBER}\s+likalydande\s+(?:original)?exemplar|\bi\s+${NUMBER}\s+(?:likalydande\s+|identiska\s+)?(?:original)?exemplar)`, 'giu');

/** Every match holds "exemplar", and none holds . , ; : ! ?: only clauses with the word are searched. */
const ANCHORS = [{ word: 'exemplar' }];

export function findExemplar(text: string): ExemplarFact[] {
  const facts: ExemplarFact[] = [];
  for (const match of clauseMatches(text, PATTERN, ANCHORS)) {
    const groups = match.slice(1, 5).some((g) => g !== undefined) ? match.slice(1, 5) : match.slice(5, 9);
    const [pairWord, pairDigits, word, digits] = groups;
    const fact: ExemplarFact = { offset: match.index, length: match[0].length };
    const wordText = pairWord ?? word;
    const wordValue = wordText !== undefined ? parseNumberWord(wordText) : undefined;
    if (wordText !== undefined && wordValue !== undefined) fact.word = { text: wordText, value: wordValue };
    const digitText = pairDigits ?? digits;
    if (digitText !== undefined) fact.digits = Number(digitText);
    facts.push(fact);
  }
  return facts;
}

export const underskrifterExemplar: Rule = {
  meta: {
    id: 'underskrifter/exemplar',
    severity: 'error',
    description: 'Antalet likalydande exemplar är lika med antalet parter som skriver under, och tal i ord och siffror stämmer.',
    explanation: [
      'När överenskommelsen skrivs under på papper (`underskrifter.sätt: papper`, standard) upprättas den i lika många likalydande exemplar som det finns parter som skriver under, så att varje part får ett. Regeln jämför `underskrifter.exemplar` och formuleringar i avtal.md och bilagorna, som "fem (5) likalydande exemplar", "två likalydande exemplar" och "i 3 exemplar", med antalet parter som inte har `undertecknar: false`.',
      'Regeln läser också avtalets egna meningar i underskriftsavsnittet (`underskrifter.text`). Dokumentet skriver ut det antal som avtalet anger, aldrig ett rättat tal: det är avtalet som ska rättas, eller avvikelsen som ska vara avsiktlig.',
      'Ett tal som skrivs både i ord och siffror ska ange samma tal: "fem (4)" är fel. Skriv gärna `{{exemplar}} likalydande exemplar`, så räknas antalet fram ur partslistan.',
    ].join('\n\n'),
    examples: {
      passing: 'Denna överenskommelse är upprättad i fem (5) likalydande exemplar, varav parterna tagit var sitt.  # fem parter skriver under',
      failing: 'Denna överenskommelse är upprättad i två likalydande exemplar.  # tre parter skriver under',
    },
    messages: {
      data: 'Avtalet anger {antal} exemplar, men {parter} parter skriver under. Antalet likalydande exemplar ska vara lika med antalet parter som skriver under; dokumentet skriver ut {antal}, så som avtalet anger.',
      text: 'Texten anger {antal} exemplar, men {parter} parter skriver under. Antalet likalydande exemplar ska vara lika med antalet parter som skriver under; dokumentet skriver ut {antal}, så som texten anger.',
      motUppgiften: 'Texten anger {antal} exemplar, men underskrifter.exemplar är {data}.',
      uppgiften: 'underskrifter.exemplar är {data}.',
      ordOchSiffror: 'Talet skrivs "{ord} ({siffror})": ordet betyder {värde}, siffrorna {siffror}. Ord och siffror ska ange samma tal.',
      parter: 'Parterna som skriver under räknas här ({parter}).',
    },
  },
  check({ arende, data, report }) {
    if (data.underskrifter?.sätt === 'elektronisk') return;
    const signing = signingParties(data).length;
    const related = [{ at: { path: '/parter' }, messageId: 'parter', values: { parter: signing } }];
    const stated = data.underskrifter?.exemplar;
    if (stated !== undefined && stated !== signing) {
      report({ messageId: 'data', values: { antal: stated, parter: signing }, at: { path: '/underskrifter/exemplar' }, related });
    }
    const segments: ProseSegment[] = [
      ...dataSegments(arende, ['/underskrifter/text']),
      ...[arende.avtal, ...arende.bilagor].flatMap((source) => (source ? [markdownSegment(source)] : [])),
    ];
    for (const segment of segments) {
      for (const fact of findExemplar(maskedText(segment))) {
        const at = segment.place(fact.offset, fact.length);
        if (fact.word && fact.digits !== undefined && fact.word.value !== fact.digits) {
          report({ messageId: 'ordOchSiffror', values: { ord: fact.word.text, värde: fact.word.value, siffror: fact.digits }, at });
          continue;
        }
        const count = fact.digits ?? fact.word?.value;
        if (count === undefined) continue;
        if (count !== signing) report({ messageId: 'text', values: { antal: count, parter: signing }, at, related });
        else if (stated !== undefined && count !== stated) {
          report({ messageId: 'motUppgiften', values: { antal: count, data: stated }, at, related: [{ at: { path: '/underskrifter/exemplar' }, messageId: 'uppgiften', values: { data: stated } }] });
        }
      }
    }
  },
};
