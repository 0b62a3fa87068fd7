// avtalstid/frister: the notice period and the last day for notice about extension fall inside the term.
import { currentEnd, extensionNoticeDeadline, extensionsLeft, terminationNoticeDeadline } from '../../calendar/deadlines.js';
import { formatManader } from '../../text/format.js';
import type { Rule } from '../types.js';

export const avtalstidFrister: Rule = {
  meta: {
    id: 'avtalstid/frister',
    severity: 'error',
    description: 'Uppsägningstiden ryms i avtalstiden och sista dag för besked om förlängning ligger mellan start och slut.',
    explanation: 'Sista dag för uppsägning till avtalstidens slut är slutet minus `uppsägningstid` månader, och sista dag för besked om förlängning är slutet minus `förlängning.besked` månader (efter genomförda förlängningar). Båda dagarna räknas på samma sätt som i `iop deadlines` och ska ligga efter avtalets start och före dess slut; annars går fristen inte att hålla.',
    examples: {
      passing: 'avtalstid:\n  start: 2024-03-01\n  slut: 2025-03-31\n  uppsägningstid: 6\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }  # besked senast 2025-01-31',
      failing: 'avtalstid:\n  start: 2024-03-01\n  slut: 2025-03-31\n  uppsägningstid: 18  # sista dag för uppsägning 2023-09-30, före starten',
    },
    needs: ['avtalstid/ordning'],
    messages: {
      uppsägningFöreStart: 'Uppsägningstiden på {månader} ryms inte i avtalstiden: sista dag för uppsägning till slutet {slut} blir {datum}, som inte ligger efter avtalets start {start}.',
      beskedFöreStart: 'Sista dag för besked om förlängning blir {datum} ({månader} före slutet {slut}), som inte ligger efter avtalets start {start}.',
      beskedVidSlut: 'Sista dag för besked om förlängning blir {datum}, som inte ligger före avtalstidens slut {slut}. Ange besked som minst en månad.',
    },
  },
  check({ data, report }) {
    const { start } = data.avtalstid;
    const end = currentEnd(data);
    const termination = terminationNoticeDeadline(data);
    if (termination !== undefined && data.avtalstid.uppsägningstid !== undefined && data.avtalstid.uppsägningstid > 0 && termination <= start) {
      report({ messageId: 'uppsägningFöreStart', values: { månader: formatManader(data.avtalstid.uppsägningstid), slut: end, datum: termination, start }, at: { path: '/avtalstid/uppsägningstid' } });
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
