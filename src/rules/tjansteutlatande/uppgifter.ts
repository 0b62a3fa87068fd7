// tjänsteutlåtande/uppgifter: a tjänsteutlåtande that is built has the facts of its header and decision.
import type { IopData } from '../../model.js';
import type { Rule } from '../types.js';

interface Needed {
  /** JSON pointer of the missing fact. */
  path: string;
  /** Where to point when it is missing: the nearest part that exists. */
  at: string;
  present(data: IopData): boolean;
  vad: string;
  följd: string;
}

const NEEDED: Needed[] = [
  { path: '/ärende/diarienummer', at: '/ärende/titel', present: (d) => Boolean(d.ärende.diarienummer?.trim()), vad: 'diarienummer (ärende.diarienummer)', följd: 'sidhuvudet får inget diarienummer, och ärendet går inte att hitta i diariet' },
  { path: '/ärende/nämnd', at: '/ärende/titel', present: (d) => Boolean(d.ärende.nämnd?.trim()), vad: 'nämnd (ärende.nämnd)', följd: 'förslaget till beslut säger inte vilken nämnd som beslutar' },
  { path: '/ärende/förvaltning', at: '/ärende/titel', present: (d) => Boolean(d.ärende.förvaltning?.trim()), vad: 'förvaltning (ärende.förvaltning)', följd: 'sidhuvudet säger inte vilken förvaltning som har skrivit tjänsteutlåtandet' },
  { path: '/tjänsteutlåtande/utfärdat', at: '/tjänsteutlåtande', present: (d) => d.tjänsteutlåtande?.utfärdat !== undefined, vad: 'datum då det utfärdas (tjänsteutlåtande.utfärdat)', följd: 'sidhuvudet får inget datum "Utfärdat"' },
  { path: '/tjänsteutlåtande/handläggare', at: '/tjänsteutlåtande', present: (d) => d.tjänsteutlåtande?.handläggare !== undefined, vad: 'handläggare (tjänsteutlåtande.handläggare)', följd: 'sidhuvudet anger ingen handläggare som nämnden kan fråga' },
];

export const tjansteutlatandeUppgifter: Rule = {
  meta: {
    id: 'tjänsteutlåtande/uppgifter',
    severity: 'warning',
    description: 'Ett tjänsteutlåtande har diarienummer, nämnd, förvaltning, utfärdandedatum och handläggare.',
    explanation: 'Överenskommelsen behöver inga av dessa uppgifter, men tjänsteutlåtandet som ber nämnden godkänna den gör det: sidhuvudet visar förvaltning, datum då det utfärdas, diarienummer och handläggare, och förslaget till beslut börjar med nämndens namn. Regeln gäller när ärendet har ett tjänsteutlåtande, alltså avsnittet `tjänsteutlåtande` i iop.yaml eller filen tjansteutlatande.md, och säger för varje uppgift som saknas vad det betyder för dokumentet.',
    examples: {
      passing: 'ärende:\n  titel: …\n  diarienummer: N163-0038/24\n  förvaltning: Socialförvaltningen Nordost\n  nämnd: Socialnämnden Nordost\ntjänsteutlåtande:\n  utfärdat: 2024-01-08\n  handläggare: { namn: Åsa Grellsgård }',
      failing: 'ärende:\n  titel: …\ntjänsteutlåtande:\n  utfärdat: 2024-01-08',
    },
    messages: {
      saknas: 'Tjänsteutlåtandet saknar {vad}: {följd}.',
    },
  },
  check({ arende, data, report }) {
    if (data.tjänsteutlåtande === undefined && arende.tjansteutlatande === undefined) return;
    for (const needed of NEEDED) {
      if (needed.present(data)) continue;
      const at = needed.at === '/tjänsteutlåtande' && data.tjänsteutlåtande === undefined ? '/ärende/titel' : needed.at;
      report({ messageId: 'saknas', values: { vad: needed.vad, följd: needed.följd }, at: { path: at } });
    }
  },
};
