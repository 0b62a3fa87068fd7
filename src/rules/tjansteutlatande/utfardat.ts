// tjänsteutlåtande/utfärdat: the tjänsteutlåtande is issued before the agreement starts.
import type { Rule } from '../types.js';

export const tjansteutlatandeUtfardat: Rule = {
  meta: {
    id: 'tjänsteutlåtande/utfärdat',
    severity: 'warning',
    description: 'Tjänsteutlåtandet är utfärdat före avtalstidens start.',
    explanation: 'Nämnden ska hinna besluta om överenskommelsen innan den börjar gälla. Ett tjänsteutlåtande som utfärdas samma dag som avtalstiden börjar, eller senare, betyder att partnerskapet startar utan beslut. Det kan vara avsiktligt (retroaktivt beslut), men är värt en kontroll av datumen.',
    examples: {
      passing: 'tjänsteutlåtande:\n  utfärdat: 2024-01-08\navtalstid:\n  start: 2024-03-01',
      failing: 'tjänsteutlåtande:\n  utfärdat: 2024-04-08\navtalstid:\n  start: 2024-03-01',
    },
    messages: {
      efterStart: 'Tjänsteutlåtandet är utfärdat {utfärdat}, men avtalstiden börjar redan {start}. Nämnden bör besluta innan överenskommelsen börjar gälla.',
      start: 'Avtalstiden börjar {start}.',
    },
  },
  check({ data, report }) {
    const utfärdat = data.tjänsteutlåtande?.utfärdat;
    const { start } = data.avtalstid;
    if (utfärdat !== undefined && utfärdat >= start) {
      report({ messageId: 'efterStart', values: { utfärdat, start }, at: { path: '/tjänsteutlåtande/utfärdat' }, related: [{ at: { path: '/avtalstid/start' }, messageId: 'start', values: { start } }] });
    }
  },
};
