// Shared check of rule 5: date ranges (and "gäller fr.o.m. X") in prose against the agreement's term.
// Each rule that uses it defines the message ids 'start', 'slut', 'avtalstidStart' and 'avtalstidSlut'.
import { findRanges, findTermDates, type DateFact } from '../../text/facts.js';
import { resolveDateTemplates } from '../../text/templates.js';
import type { RuleContext } from '../types.js';
import { dataWithout, templateExpressions, type ProseSegment } from './prose.js';
import { termBounds } from './term.js';

export function checkTermFacts(context: RuleContext, segments: ProseSegment[], extra: (segment: ProseSegment) => { start?: string; slut?: string }[] = () => []): void {
  const { data } = context;
  const quiet = dataWithout(context.arende, /\d{4}|\{\{/g);
  for (const segment of segments) {
    // Most strings hold no date at all: skip them before any date arithmetic.
    if (quiet(segment) || !/\d{4}|\{\{/.test(segment.text)) continue;
    // A range needs two dates, so two years; a single date counts only after "gäller". A string
    // with one date and no {{datum …}} (most dates of iop.yaml) has neither.
    if (!segment.text.includes('{{') && !/\d{4}[\s\S]*\d{4}/.test(segment.text) && !/gäller/i.test(segment.text)) continue;
    // {{datum …}} counts as the date it shows, so a range half written by hand is still read.
    const text = resolveDateTemplates(segment.text, data, templateExpressions(segment));
    const ranges = findRanges(text);
    const termDates = findTermDates(text, ranges);
    if (ranges.length === 0 && termDates.length === 0) continue;
    const bounds = termBounds(data, extra(segment));
    const report = (bound: 'start' | 'slut', date: DateFact): void => {
      const value = data.avtalstid[bound];
      if (value === undefined) return;
      context.report({
        messageId: bound,
        values: { datum: date.iso, [bound]: value },
        at: segment.place(date.offset, date.length),
        related: [{ at: { path: `/avtalstid/${bound}` }, messageId: bound === 'start' ? 'avtalstidStart' : 'avtalstidSlut', values: { [bound]: value } }],
      });
    };
    for (const range of ranges) {
      // A range wholly outside the agreement's possible life is history (an earlier agreement) or far future.
      if (range.end.iso < bounds.first || range.start.iso > bounds.last) continue;
      if (!bounds.starts.has(range.start.iso)) report('start', range.start);
      if (!bounds.ends.has(range.end.iso)) report('slut', range.end);
    }
    for (const term of termDates) {
      if (!(term.bound === 'start' ? bounds.starts : bounds.ends).has(term.date.iso)) report(term.bound, term.date);
    }
  }
}
