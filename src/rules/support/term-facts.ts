// Shared check of rule 5: date ranges (and "gäller fr.o.m. X") in prose against the agreement's term.
// Each rule that uses it defines the message ids 'start', 'slut', 'avtalstidStart' and 'avtalstidSlut'.
import { findRanges, findTermDates, type DateFact } from '../../text/facts.js';
import { resolveDateTemplates } from '../../text/templates.js';
import type { RuleContext } from '../types.js';
import type { ProseSegment } from './prose.js';
import { termBounds } from './term.js';

export function checkTermFacts(context: RuleContext, segments: ProseSegment[], extra: (segment: ProseSegment) => { start?: string; slut?: string }[] = () => []): void {
  const { data } = context;
  for (const segment of segments) {
    // Most strings hold no date at all: skip them before any date arithmetic.
    if (!/\d{4}|\{\{/.test(segment.text)) continue;
    // {{datum …}} counts as the date it shows, so a range half written by hand is still read.
    const text = resolveDateTemplates(segment.text, data);
    const ranges = findRanges(text);
    const termDates = findTermDates(text, ranges);
    if (ranges.length === 0 && termDates.length === 0) continue;
    const bounds = termBounds(data, extra(segment));
    const reportStart = (date: DateFact): void =>
      context.report({
        messageId: 'start',
        values: { datum: date.iso, start: data.avtalstid.start },
        at: segment.place(date.offset, date.length),
        related: [{ at: { path: '/avtalstid/start' }, messageId: 'avtalstidStart', values: { start: data.avtalstid.start } }],
      });
    const reportEnd = (date: DateFact): void =>
      context.report({
        messageId: 'slut',
        values: { datum: date.iso, slut: data.avtalstid.slut },
        at: segment.place(date.offset, date.length),
        related: [{ at: { path: '/avtalstid/slut' }, messageId: 'avtalstidSlut', values: { slut: data.avtalstid.slut } }],
      });
    for (const range of ranges) {
      // A range wholly outside the agreement's possible life is history (an earlier agreement) or far future.
      if (range.end.iso < bounds.first || range.start.iso > bounds.last) continue;
      if (!bounds.starts.has(range.start.iso)) reportStart(range.start);
      if (!bounds.ends.has(range.end.iso)) reportEnd(range.end);
    }
    for (const term of termDates) {
      if (term.bound === 'start' && !bounds.starts.has(term.date.iso)) reportStart(term.date);
      if (term.bound === 'slut' && !bounds.ends.has(term.date.iso)) reportEnd(term.date);
    }
  }
}
