// organisation/möten: how often the styrgrupp meets is stated consistently, and its meetings fall within the term.
import { NUMBER_WORD_SOURCE, parseNumberWord } from '../../text/number-words.js';
import { maskTemplates } from '../../text/templates.js';
import { dataSegments, markdownSegment, type ProseSegment } from '../support/prose.js';
import { latestEnd } from '../support/term.js';
import type { Rule } from '../types.js';

const PER_YEAR: Record<string, number> = { år: 1, året: 1, termin: 2, terminen: 2, halvår: 2, halvåret: 2, kvartal: 4, kvartalet: 4, månad: 12, månaden: 12 };
const FREQUENCY = new RegExp(String.raw`(?<![\p{L}\d])(${NUMBER_WORD_SOURCE}|\d{1,2})\s+(?:gånger|gång|tillfällen|tillfälle|möten|möte)\s+(?:per|om|i|varje)\s+(${Object.keys(PER_YEAR).join('|')})(?![\p{L}])`, 'giu');
const ABOUT_MEETINGS = /styrgrupp/i;
const MEETS = /\b(?:träffas|möts|sammanträder|sammankallas|styrgruppsmöte|möte)/i;

export const organisationMoten: Rule = {
  meta: {
    id: 'organisation/möten',
    severity: 'warning',
    description: 'Styrgruppens mötesfrekvens i texten stämmer med möten_per_år, och mötesdatumen ligger inom avtalstiden.',
    explanation: 'När texten säger hur ofta styrgruppen träffas, t.ex. "minst ett tillfälle per termin" (två gånger per år) eller "fyra gånger per år", ska det stämma med `organisation.styrgrupp.möten_per_år`, som används för kalendern och uppföljningen. Regeln läser meningar som nämner styrgruppen och att den träffas, i styrgruppens uppgifter och beskrivning, i avtal.md och i bilagorna. Bestämda mötesdatum (`möten`) ska ligga inom avtalstiden.',
    examples: {
      passing: 'styrgrupp:\n  möten_per_år: 2\n  uppgifter:\n    - Styrgruppen träffas vid minst ett tillfälle per termin.',
      failing: 'styrgrupp:\n  möten_per_år: 2\n  uppgifter:\n    - Styrgruppen träffas minst fyra gånger per år.',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      frekvens: 'Texten säger att styrgruppen träffas "{text}", alltså {antal} gånger per år, men möten_per_år är {data}.',
      data: 'Styrgruppen ska mötas {data} gånger per år enligt iop.yaml.',
      utanför: 'Styrgruppsmötet {datum} ligger utanför avtalstiden {start} – {slut}.',
    },
  },
  check({ arende, data, report }) {
    const group = data.organisation?.styrgrupp;
    if (!group) return;
    group.möten?.forEach((datum, index) => {
      const end = latestEnd(data);
      if (datum < data.avtalstid.start || datum > end) report({ messageId: 'utanför', values: { datum, start: data.avtalstid.start, slut: end }, at: { path: `/organisation/styrgrupp/möten/${index}` } });
    });
    const stated = group.möten_per_år;
    if (stated === undefined) return;
    const segments: ProseSegment[] = [
      ...dataSegments(arende, ['/organisation/styrgrupp/beskrivning', '/organisation/styrgrupp/uppgifter']),
      ...[arende.avtal, ...arende.bilagor].flatMap((source) => (source ? [markdownSegment(source)] : [])),
    ];
    for (const segment of segments) {
      const text = maskTemplates(segment.text);
      // Sentences: up to a full stop followed by a space or line break, or a line break.
      for (const sentence of text.matchAll(/[^.\n]+(?:\.(?!\s)[^.\n]*)*/g)) {
        if (!ABOUT_MEETINGS.test(sentence[0]) || !MEETS.test(sentence[0])) continue;
        for (const match of sentence[0].matchAll(FREQUENCY)) {
          const count = /^\d+$/.test(match[1] ?? '') ? Number(match[1]) : parseNumberWord(match[1] ?? '');
          const perYear = count === undefined ? undefined : count * (PER_YEAR[(match[2] ?? '').toLowerCase()] ?? 1);
          if (perYear === undefined || perYear === stated) continue;
          report({
            messageId: 'frekvens',
            values: { text: match[0], antal: perYear, data: stated },
            at: segment.place(sentence.index + match.index, match[0].length),
            related: [{ at: { path: '/organisation/styrgrupp/möten_per_år' }, messageId: 'data', values: { data: stated } }],
          });
        }
      }
    }
  },
};
