// organisation/möten: how often each group meets is stated consistently, and its meetings fall within the term.
import { NUMBER_WORD_SOURCE, parseNumberWord } from '../../text/number-words.js';
import { dataSegments, markdownSegment, maskedText, type ProseSegment } from '../support/prose.js';
import { advance, allMatches, cachedPattern } from '../support/scan.js';
import { groups } from '../../data/access.js';
import { latestEnd, OPEN_END } from '../support/term.js';
import { monthsInTerm } from '../../calendar/dates.js';
import type { IopData } from '../../model.js';
import type { Rule } from '../types.js';

const PER_YEAR: Record<string, number> = { år: 1, året: 1, avtalsår: 1, avtalsåret: 1, verksamhetsår: 1, verksamhetsåret: 1, termin: 2, terminen: 2, halvår: 2, halvåret: 2, kvartal: 4, kvartalet: 4, månad: 12, månaden: 12 };
/** Units whose length is the agreement's period: the term, or one extension period. */
const PER_PERIOD = ['avtalsperiod', 'avtalsperioden', 'avtalstid', 'avtalstiden'];
const FREQUENCY = new RegExp(String.raw`(?<![\p{L}\d])(${NUMBER_WORD_SOURCE}|\d{1,2})\s+(?:gånger|gång|tillfällen|tillfälle|möten|möte|träffar)\s+(?:per|om|i|varje|under)\s+(${[...PER_PERIOD, ...Object.keys(PER_YEAR)].join('|')})(?![\p{L}])`, 'giu');
const MEETS = /(?:träffas|möts|ses|samlas|sammanträder|sammankallas|möte|träff)/iu;

/** Meetings per year that `count` meetings per `unit` mean; undefined when the period's length is not known. */
function perYear(count: number, unit: string, data: IopData): number | undefined {
  const lower = unit.toLowerCase();
  if (!PER_PERIOD.includes(lower)) return count * (PER_YEAR[lower] ?? 1);
  const slut = data.avtalstid.slut;
  if (slut === undefined) return undefined;
  const months = monthsInTerm(data.avtalstid.start, slut);
  // A term of 13 months with 4 meetings is about 4 a year: compare in whole meetings per year.
  return months > 0 ? Math.round((count * 12) / months) : undefined;
}

export const organisationMoten: Rule = {
  meta: {
    id: 'organisation/möten',
    severity: 'warning',
    description: 'Hur ofta en grupp träffas enligt texten stämmer med gruppens möten_per_år, och mötesdatumen ligger inom avtalstiden.',
    explanation: 'När texten säger hur ofta en grupp under `organisation.grupper` träffas (styrgrupp, samverkansgrupp, aktivitetsgrupp eller vad gruppen heter), t.ex. "minst ett tillfälle per termin" (två gånger per år), "fyra gånger per år" eller "minst 4 tillfällen per avtalsperiod", ska det stämma med gruppens `möten_per_år`. Ett antal per avtalsperiod räknas om till hela möten per år med avtalstidens längd. Regeln läser meningar som nämner gruppen vid namn och att den träffas, i gruppens uppgifter och beskrivning, i avtal.md och i bilagorna. Bestämda mötesdatum (`möten`) ska ligga inom avtalstiden.',
    examples: {
      passing: 'grupper:\n  - id: styrgruppen\n    namn: Styrgrupp\n    möten_per_år: 2\n    uppgifter:\n      - Styrgruppen träffas vid minst ett tillfälle per termin.',
      failing: 'grupper:\n  - id: styrgruppen\n    namn: Styrgrupp\n    möten_per_år: 2\n    uppgifter:\n      - Styrgruppen träffas minst fyra gånger per år.',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      frekvens: 'Texten säger att gruppen {grupp} träffas "{text}", alltså {antal} gånger per år, men gruppens möten_per_år är {data}.',
      data: 'Gruppen {grupp} ska mötas minst {data} gånger per år enligt iop.yaml.',
      utanför: 'Mötet {datum} i gruppen {grupp} ligger utanför avtalstiden {start} – {slut}.',
    },
  },
  check({ arende, data, report }) {
    // The sentences of each text, found once for all the groups.
    const sentencesOf = new Map<ProseSegment, Sentence[]>();
    for (const { grupp, path } of groups(data)) {
      grupp.möten?.forEach((datum, index) => {
        const end = latestEnd(data);
        if (datum < data.avtalstid.start || datum > end) report({ messageId: 'utanför', values: { datum, grupp: grupp.namn, start: data.avtalstid.start, slut: end === OPEN_END ? 'tills vidare' : end }, at: { path: `${path}/möten/${index}` } });
      });
      const stated = grupp.möten_per_år;
      if (stated === undefined) continue;
      const about = aboutGroup(grupp.namn, 'giu');
      const segments: ProseSegment[] = [
        ...dataSegments(arende, [`${path}/beskrivning`, `${path}/uppgifter`]),
        ...[arende.avtal, ...arende.bilagor].flatMap((source) => (source ? [markdownSegment(source)] : [])),
      ];
      for (const segment of segments) {
        let sentences = sentencesOf.get(segment);
        if (!sentences) {
          sentences = allMatches(maskedText(segment), SENTENCE);
          sentencesOf.set(segment, sentences);
        }
        for (const sentence of sentencesNaming(maskedText(segment), sentences, about)) {
          if (!MEETS.test(sentence[0])) continue;
          for (const match of allMatches(sentence[0], FREQUENCY)) {
            const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : parseNumberWord(match[1] ?? '');
            const yearly = count === undefined ? undefined : perYear(count, match[2] ?? '', data);
            if (yearly === undefined || yearly === stated) continue;
            report({
              messageId: 'frekvens',
              values: { text: match[0], antal: yearly, data: stated, grupp: grupp.namn },
              at: segment.place(sentence.index + match.index, match[0].length),
              related: [{ at: { path: `${path}/möten_per_år` }, messageId: 'data', values: { data: stated, grupp: grupp.namn } }],
            });
          }
        }
      }
    }
  },
};

/** Sentences about a group name it by the stem of its name: "Styrgrupp" → styrgrupp, styrgruppen, styrgruppsmöte. */
function aboutGroup(namn: string, flags: string): RegExp {
  const trimmed = namn.trim();
  const space = /\s/.exec(trimmed);
  // The first word: what trimmed.split(/\s+/)[0] gives.
  const stem = (space ? trimmed.slice(0, space.index) : trimmed).toLowerCase().replace(/(en|et|na)$/u, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return cachedPattern(stem, flags);
}

type Sentence = RegExpExecArray;

/** Sentences: up to a full stop followed by a space or line break, or a line break. */
const SENTENCE = /[^.\n]+(?:\.(?!\s)[^.\n]*)*/g;

/**
 * The sentences of `text` in which the (global) `about` finds a match: the sentences that hold one
 * of its places in the whole text, every place looked at, overlapping ones too.
 */
function sentencesNaming(text: string, sentences: readonly Sentence[], about: RegExp): Sentence[] {
  const naming = new Set<number>();
  about.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = about.exec(text)) !== null) {
    about.lastIndex = advance(about, text, match.index);
    const index = sentenceAt(sentences, match.index);
    const sentence = sentences[index];
    if (sentence && match.index >= sentence.index && match.index + match[0].length <= sentence.index + sentence[0].length) naming.add(index);
  }
  return [...naming].sort((a, b) => a - b).map((index) => sentences[index]!);
}

/** The index of the last sentence that starts at or before `offset` (-1 when none does). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = -1;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.index <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
