// avtalstid/frister: the notice period for early termination fits in the term, and the last day for notice about extension falls inside it.
import { currentEnd, extensionNoticeDeadline, extensionsLeft } from '../../calendar/deadlines.js';
import { addMonths } from '../../calendar/dates.js';
import { formatManader } from '../../text/format.js';
import type { Rule } from '../types.js';

export const avtalstidFrister: Rule = {
  meta: {
    id: 'avtalstid/frister',
    severity: 'error',
    description: 'Uppsägningstiden för uppsägning i förtid är kortare än avtalstiden, och sista dag för besked om förlängning ligger mellan start och slut.',
    explanation: '`uppsägningstid` är tiden för att säga upp överenskommelsen i förtid, när som helst under avtalstiden; den är ingen tidsfrist i kalendern, men är den lika lång som hela avtalstiden kan en uppsägning aldrig få verkan före slutet. Sista dag för besked om förlängning är slutet minus `förlängning.besked` månader (efter genomförda förlängningar), räknas på samma sätt som i `iop deadlines` och ska ligga efter avtalets start och före dess slut; annars går fristen inte att hålla.',
    examples: {
      passing: 'avtalstid:\n  start: 2024-03-01\n  slut: 2025-03-31\n  uppsägningstid: 6\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }  # besked senast 2025-01-31',
      failing: 'avtalstid:\n  start: 2024-03-01\n  slut: 2025-03-31\n  uppsägningstid: 18  # sista dag för uppsägning 2023-09-30, före starten',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      uppsägningFöreStart: 'Uppsägningstiden på {månader} är inte kortare än avtalstiden {start} – {slut}: en uppsägning i förtid som lämnas efter starten får verkan först {datum} eller senare, alltså inte före slutet.',
      beskedFöreStart: 'Sista dag för besked om förlängning blir {datum} ({månader} före slutet {slut}), som inte ligger efter avtalets start {start}.',
      beskedVidSlut: 'Sista dag för besked om förlängning blir {datum}, som inte ligger före avtalstidens slut {slut}. Ange besked som minst en månad.',
    },
  },
  check({ data, report }) {
    const { start } = data.avtalstid;
    const end = currentEnd(data);
    if (end === undefined) return;
    const months = data.avtalstid.uppsägningstid;
    if (months !== undefined && months > 0 && addMonths(end, -months) <= start) {
      report({ messageId: 'uppsägningFöreStart', values: { månader: formatManader(months), slut: end, datum: addMonths(start, months), start }, at: { path: '/avtalstid/uppsägningstid' } });
    }
    const besked = extensionNoticeDeadline(data);
    if (besked === undefined || extensionsLeft(data) === 0) return;
    if (besked <= start) {
      report({ messageId: 'beskedFöreStart', values: { datum: besked, månader: formatManader(data.avtalstid.förlängning?.besked ?? 0), slut: end, start }, at: { path: '/avtalstid/förlängning/besked' } });
    } else if (besked >= end) {
      report({ messageId: 'beskedVidSlut', values: { datum: besked, slut: end }, at: { path: '/avtalstid/förlängning/besked' } });
    }
  },
};
