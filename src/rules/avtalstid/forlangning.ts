// avtalstid/förlängning: the extension terms are complete and consistent, and not exceeded.
import { periodsOf } from '../../data/access.js';
import type { Rule } from '../types.js';

function times(count: number): string {
  return count === 1 ? 'en gång' : `${count} gånger`;
}

function periods(count: number): string {
  return count === 1 ? 'en förlängningsperiod' : `${count} förlängningsperioder`;
}

export const avtalstidForlangning: Rule = {
  meta: {
    id: 'avtalstid/förlängning',
    severity: 'error',
    description: 'Förlängningsvillkoren är fullständiga, motsäger inte varandra och överskrids inte.',
    explanation: [
      '`typ: automatisk` behöver `längd` (hur många månader varje förlängning gäller). `typ: årlig` betyder ett år i taget: `längd` kan utelämnas och är då 12, men får inte vara något annat än 12. `typ: ingen` får inte ha `längd`, `max`, `besked` eller `kpi`, och överenskommelsen kan då inte ha förlängts.',
      'Antalet genomförda förlängningar (`avtalstid.förlängningar`) och antalet förlängningsperioder under `finansiering.perioder` får inte vara fler än `max`. `kpi: true` kräver ett avsnitt `indexering` som anger hur beloppen räknas upp.',
    ].join('\n\n'),
    examples: {
      passing: 'förlängning:\n  typ: årlig\n  max: 2\n  besked: 3',
      failing: 'förlängning:\n  typ: ingen\n  besked: 2  # ingen förlängning, men besked om förlängning',
    },
    messages: {
      längdSaknas: 'Automatisk förlängning behöver en längd: ange hur många månader varje förlängning gäller (längd: 12).',
      årligLängd: 'Årlig förlängning gäller 12 månader i taget, men längd är {längd}. Ange typ: automatisk för andra längder.',
      ingenMedFält: 'Förlängningen har typ: ingen men anger {fält}. Ta bort {fält} eller ändra typen.',
      förlängdUtanVillkor: 'Överenskommelsen anges vara förlängd {antal}, men villkoren tillåter ingen förlängning.',
      fleraÄnMax: 'Överenskommelsen anges vara förlängd {antal}, men får förlängas högst {max}.',
      perioderÄnMax: 'Finansieringen har {antal}, men överenskommelsen får förlängas högst {max}.',
      kpiUtanIndexering: 'Beloppen ska räknas upp med KPI (kpi: true), men avsnittet indexering saknas. Ange serie och referensmånad.',
    },
  },
  check({ data, report }) {
    const terms = data.avtalstid.förlängning;
    const done = data.avtalstid.förlängningar ?? 0;
    const extensionPeriods = periodsOf(data).filter((period) => period.förlängning === true).length;
    if (!terms || terms.typ === 'ingen') {
      for (const field of ['längd', 'max', 'besked', 'kpi'] as const) {
        if (terms?.[field] !== undefined) report({ messageId: 'ingenMedFält', values: { fält: field }, at: { path: `/avtalstid/förlängning/${field}`, key: true } });
      }
      if (done > 0) report({ messageId: 'förlängdUtanVillkor', values: { antal: times(done) }, at: { path: '/avtalstid/förlängningar' } });
      return;
    }
    if (terms.typ === 'automatisk' && terms.längd === undefined) report({ messageId: 'längdSaknas', at: { path: '/avtalstid/förlängning/typ' } });
    if (terms.typ === 'årlig' && terms.längd !== undefined && terms.längd !== 12) {
      report({ messageId: 'årligLängd', values: { längd: terms.längd }, at: { path: '/avtalstid/förlängning/längd' } });
    }
    if (terms.max !== undefined && done > terms.max) {
      report({ messageId: 'fleraÄnMax', values: { antal: times(done), max: times(terms.max) }, at: { path: '/avtalstid/förlängningar' } });
    }
    if (terms.max !== undefined && extensionPeriods > terms.max) {
      report({ messageId: 'perioderÄnMax', values: { antal: periods(extensionPeriods), max: times(terms.max) }, at: { path: '/finansiering/perioder' } });
    }
    if (terms.kpi === true && data.indexering === undefined) report({ messageId: 'kpiUtanIndexering', at: { path: '/avtalstid/förlängning/kpi' } });
  },
};
