// tidsfrister/påminnelse: a notice deadline is near, or has passed while the term still runs.
import type { Rule, RuleContext } from '../types.js';
import { computeDeadlines, currentEnd } from '../../calendar/deadlines.js';
import { daysBetween } from '../../calendar/dates.js';

const NOTICE_KINDS = new Set(['besked', 'uppsägning']);

export const paminnelse: Rule = {
  meta: {
    id: 'tidsfrister/påminnelse',
    severity: 'warning',
    description: 'Påminner när sista dag för besked om förlängning eller uppsägning närmar sig eller har passerat.',
    explanation:
      'Regeln räknar fram sista dag för ställningstagande om förlängning och för uppsägning (samma beräkning som `iop deadlines`) och ' +
      'varnar när en sådan dag infaller inom `påminnelse_dagar` dagar (iop.config.yaml, standard 60) eller har passerat medan ' +
      'avtalstiden ännu löper. Kör `iop check` varje natt i ett avtalsarkiv så får handläggaren påminnelsen i tid. ' +
      'Med `--idag ÅÅÅÅ-MM-DD` räknas fristerna från ett annat datum.',
    examples: {
      passing: 'avtalstid:\n  slut: 2027-03-31\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }   # idag 2026-06-01: 244 dagar kvar',
      failing: 'avtalstid:\n  slut: 2025-03-31\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }   # idag 2025-01-10: 21 dagar kvar',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      snart: '{vad}: {datum}, om {dagar} {dagord}. Avtalstiden slutar {slut}.',
      idag: '{vad}: {datum}, det är i dag. Avtalstiden slutar {slut}.',
      passerad: '{vad} var {datum}, för {dagar} {dagord} sedan, och avtalstiden löper till {slut}. Kontrollera att beskedet har lämnats.',
    },
  },
  check(context: RuleContext): void {
    const { data, today, reminderDays } = context;
    const end = currentEnd(data);
    if (today > end) return;
    for (const deadline of computeDeadlines(data)) {
      if (!NOTICE_KINDS.has(deadline.kind)) continue;
      const days = daysBetween(today, deadline.date);
      const common = { vad: deadline.summary, datum: deadline.date, slut: end };
      if (days === 0) context.report({ messageId: 'idag', values: common, at: { path: deadline.path } });
      else if (days > 0 && days <= reminderDays) context.report({ messageId: 'snart', values: { ...common, dagar: days, dagord: days === 1 ? 'dag' : 'dagar' }, at: { path: deadline.path } });
      else if (days < 0) context.report({ messageId: 'passerad', values: { ...common, dagar: -days, dagord: -days === 1 ? 'dag' : 'dagar' }, at: { path: deadline.path } });
    }
  },
};
