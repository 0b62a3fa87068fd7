// avtalstid/längst: the total term stated in prose ("upphör efter 3 år", "förlängning i totalt tre år")
// agrees with förlängning.max, förlängning.längd and avtalstid.längst_till.
import { latestPossibleEnd } from '../../calendar/deadlines.js';
import { monthsInTerm } from '../../calendar/dates.js';
import type { IopData } from '../../model.js';
import { COUNT_SOURCE, readCount } from '../support/counts.js';
import { dataSegments, markdownSegment, maskedText, type ProseSegment } from '../support/prose.js';
import { clausesWith, matchesIn } from '../support/scan.js';
import type { Rule } from '../types.js';

// "förlängning i totalt tre år", "förlängas med sammanlagt högst 2 år": the extensions together.
const EXTENSIONS = new RegExp(String.raw`(?<![\p{L}])förläng\p{L}*\s+(?:i|med|under)\s+(?:totalt|sammanlagt|maximalt|högst|som mest)(?:\s+högst)?\s+${COUNT_SOURCE}\s+år(?![\p{L}])`, 'giu');
// "upphör efter 3 år", "gäller som längst i fem år", "löper högst tre (3) år": the whole term. A
// plain "gäller i tre år" is the first term, not the longest, and is not read.
const TOTAL = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:upphör|avslutas|löper\s+ut)\s+(?:senast\s+)?efter\s+(?:totalt\s+|sammanlagt\s+)?|(?:gäller|löper|pågår)\s+(?:som\s+längst|längst|högst|totalt|sammanlagt|maximalt)\s+(?:i\s+)?)${COUNT_SOURCE}\s+år(?![\p{L}])`,
  'giu',
);

/**
 * Both patterns end in a count and "år", and hold no . , ; : ! ?: only clauses with such an "år"
 * are searched.
 */
const ANCHORS = [{ word: 'år', at: new RegExp(String.raw`(?<=${COUNT_SOURCE}\s+)år(?![\p{L}])`, 'iuy') }];

/** Months the extensions can add together, when the data states it. */
function extensionMonths(data: IopData): number | undefined {
  const terms = data.avtalstid.förlängning;
  if (!terms) return undefined;
  if (terms.typ === 'ingen') return 0;
  if (terms.max === undefined) return undefined;
  // Twelve months when längd is not stated, as in the calendar.
  return terms.max * (terms.längd ?? 12);
}

function years(months: number): string {
  return months % 12 === 0 ? `${months / 12} år` : `${months} månader`;
}

export const avtalstidLangst: Rule = {
  meta: {
    id: 'avtalstid/längst',
    severity: 'warning',
    description: 'Den längsta avtalstiden i texten ("upphör efter 3 år", "förlängning i totalt tre år") stämmer med förlängning.max och avtalstid.längst_till.',
    explanation:
      'Många avtal anger hur länge partnerskapet längst kan pågå: "överenskommelsen upphör efter 3 år", "kan förlängas i totalt tre år". Kalendern och påminnelserna räknar med `avtalstid.förlängning` (`max` gånger `längd` månader, 12 om längd inte anges) och `avtalstid.längst_till`, så texten och uppgifterna ska säga samma sak. Regeln läser avtal.md och avtalets egna meningar om avtalstiden (`avtalstid.text`). Ett tal om förlängningarna jämförs med `max` × `längd`; ett tal om hela avtalstiden jämförs med tiden från `start` till den dag avtalet senast kan sluta. Säger texten en längsta tid men uppgifterna ingen, säger regeln det.',
    examples: {
      passing: 'avtalstid:\n  start: 2024-01-01\n  slut: 2024-12-31\n  förlängning: { typ: årlig, längd: 12, max: 2 }\n# avtal.md: Överenskommelsen upphör efter 3 år.',
      failing: 'avtalstid:\n  start: 2024-01-01\n  slut: 2024-12-31\n  förlängning: { typ: årlig, längd: 12, max: 3 }\n# avtal.md: Överenskommelsen upphör efter 3 år.',
    },
    messages: {
      förlängningar: 'Texten säger "{text}", alltså förlängningar om sammanlagt {text_tid}, men iop.yaml anger {data_tid} (förlängning.max × förlängning.längd).',
      totalt: 'Texten säger "{text}", alltså en avtalstid om längst {text_tid}, men enligt iop.yaml kan överenskommelsen löpa {data_tid} ({start} – {slut}).',
      ingenGräns: 'Texten säger "{text}", men iop.yaml anger ingen längsta avtalstid. Ange förlängning.max (och längd) eller avtalstid.längst_till, så att kalendern slutar där avtalet slutar.',
      uppgiften: 'Avtalstiden och förlängningen står här.',
    },
  },
  check({ arende, data, report }) {
    const segments: ProseSegment[] = [
      ...dataSegments(arende, ['/avtalstid/text']),
      ...(arende.avtal ? [markdownSegment(arende.avtal)] : []),
    ];
    const related = [{ at: { path: '/avtalstid' }, messageId: 'uppgiften' }];
    for (const segment of segments) {
      const text = maskedText(segment);
      if (!/år/i.test(text)) continue;
      const clauses = clausesWith(text, ANCHORS);
      const seen = new Set<number>();
      for (const match of matchesIn(text, EXTENSIONS, clauses)) {
        const count = readCount(match.slice(1, 5));
        if (!count) continue;
        seen.add(match.index);
        const stated = extensionMonths(data);
        const at = segment.place(match.index, match[0].length);
        if (stated === undefined) report({ messageId: 'ingenGräns', values: { text: match[0] }, at, related });
        else if (stated !== count.value * 12) {
          report({ messageId: 'förlängningar', values: { text: match[0], text_tid: years(count.value * 12), data_tid: stated === 0 ? 'ingen förlängning (typ: ingen)' : years(stated) }, at, related });
        }
      }
      for (const match of matchesIn(text, TOTAL, clauses)) {
        const count = readCount(match.slice(1, 5));
        if (!count || seen.has(match.index)) continue;
        const at = segment.place(match.index, match[0].length);
        const latest = latestPossibleEnd(data);
        if (latest === undefined) {
          report({ messageId: 'ingenGräns', values: { text: match[0] }, at, related });
          continue;
        }
        const total = monthsInTerm(data.avtalstid.start, latest);
        if (total !== count.value * 12) {
          report({ messageId: 'totalt', values: { text: match[0], text_tid: years(count.value * 12), data_tid: years(total), start: data.avtalstid.start, slut: latest }, at, related });
        }
      }
    }
  },
};
