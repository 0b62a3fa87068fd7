// tidsfrister/påminnelse: a notice deadline is near, or has passed before the day it is for.
import type { Rule, RuleContext } from '../types.js';
import { computeDeadlines } from '../../calendar/deadlines.js';
import { daysBetween } from '../../calendar/dates.js';

const NOTICE_KINDS = new Set(['besked', 'uppsägning']);

export const paminnelse: Rule = {
  meta: {
    id: 'tidsfrister/påminnelse',
    severity: 'warning',
    description: 'Påminner när sista dag för besked om förlängning eller uppsägning närmar sig eller har passerat.',
    explanation:
      'Regeln räknar fram sista dag för ställningstagande om förlängning och för uppsägning före ett verksamhetsår (samma beräkning som `iop deadlines`, över hela avtalets livstid: en överenskommelse som förlängs automatiskt får en frist före slutet av varje period) och ' +
      'varnar när en sådan dag infaller inom `påminnelse_dagar` dagar (iop.config.yaml, standard 60), eller när den har passerat men perioden den gäller ännu inte har slutat. ' +
      'Uppsägning i förtid (`uppsägningstid`) kan ske när som helst och är ingen tidsfrist. Kör `iop check` varje natt i ett avtalsarkiv så får handläggaren påminnelsen i tid. ' +
      'Med `--idag ÅÅÅÅ-MM-DD` räknas fristerna från ett annat datum.',
    examples: {
      passing: 'avtalstid:\n  slut: 2027-03-31\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }   # idag 2026-06-01: 244 dagar kvar',
      failing: 'avtalstid:\n  slut: 2025-03-31\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }   # idag 2025-01-10: 21 dagar kvar',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      snart: '{vad}: {datum}, om {dagar} {dagord}.',
      idag: '{vad}: {datum}, det är i dag.',
      passerad: '{vad} var {datum}, för {dagar} {dagord} sedan. Kontrollera att beskedet har lämnats.',
    },
  },
  check(context: RuleContext): void {
    const { data, today, reminderDays } = context;
    for (const deadline of computeDeadlines(data, { today })) {
      if (!NOTICE_KINDS.has(deadline.kind)) continue;
      const days = daysBetween(today, deadline.date);
      const common = { vad: deadline.summary, datum: deadline.date };
      const dagord = Math.abs(days) === 1 ? 'dag' : 'dagar';
      if (days === 0) context.report({ messageId: 'idag', values: common, at: { path: deadline.path } });
      else if (days > 0 && days <= reminderDays) context.report({ messageId: 'snart', values: { ...common, dagar: days, dagord }, at: { path: deadline.path } });
      // A passed deadline matters only until the day it is for: after that the period is over.
      else if (days < 0 && deadline.avser !== undefined && today <= deadline.avser) context.report({ messageId: 'passerad', values: { ...common, dagar: -days, dagord }, at: { path: deadline.path } });
    }
  },
};
