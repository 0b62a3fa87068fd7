// parter/uppgifter: facts about a party that the agreement may leave out, and what their absence means.
import type { Rule } from '../types.js';

export const parterUppgifter: Rule = {
  meta: {
    id: 'parter/uppgifter',
    severity: 'warning',
    description: 'Varje part har organisationsnummer, och varje part som skriver under har en firmatecknare med namn.',
    explanation: [
      'En överenskommelse gäller utan organisationsnummer och utan namngiven firmatecknare, och många äldre avtal anger inga nummer. Därför är uppgifterna valfria, men det syns i dokumentet när de saknas: partstabellen skriver "–" i stället för numret, och underskriftsblocket får en tom rad för namnförtydligandet som fylls i för hand.',
      'Ange `organisationsnummer` när avtalet har det, så att parten går att identifiera, och `firmatecknare.namn` för den som skriver under. Parter med `undertecknar: false` skriver inte under och behöver ingen firmatecknare.',
    ].join('\n\n'),
    examples: {
      passing: '- id: navet\n  namn: Föreningen Navet i Bergsjön\n  sektor: idéburen\n  organisationsnummer: 802444-1100\n  firmatecknare: { namn: Mohammed Ryback }',
      failing: '- id: navet\n  namn: Föreningen Navet i Bergsjön\n  sektor: idéburen',
    },
    messages: {
      organisationsnummer: '{namn} har inget organisationsnummer. Partstabellen skriver "–" i stället; ange numret om avtalet har det, så att parten går att identifiera.',
      firmatecknare: '{namn} anger ingen firmatecknare. Underskriftsblocket får en tom rad för namnförtydligande som fylls i för hand.',
      firmatecknarensNamn: 'Firmatecknaren för {namn} har inget namn. Underskriftsblocket får en tom rad för namnförtydligande som fylls i för hand.',
    },
  },
  check({ data, report }) {
    data.parter.forEach((part, index) => {
      const values = { namn: part.namn };
      if (part.organisationsnummer === undefined) report({ messageId: 'organisationsnummer', values, at: { path: `/parter/${index}/namn` } });
      if (part.undertecknar === false) return;
      if (part.firmatecknare === undefined) report({ messageId: 'firmatecknare', values, at: { path: `/parter/${index}/namn` } });
      else if (!part.firmatecknare.namn?.trim()) report({ messageId: 'firmatecknarensNamn', values, at: { path: `/parter/${index}/firmatecknare` } });
    });
  },
};
