// text/platshållare: no placeholders left in a document that is to be signed.
import type { Rule } from '../types.js';
import { dataWithout } from '../support/prose.js';
import { allMatches, guardedMatches } from '../support/scan.js';
import { allSegments } from './segments.js';

/** Placeholders inside running text; `guard`, when set, is the assertion in front of `pattern` (see guardedMatches). */
const PATTERNS: { pattern: RegExp; messageId: string; guard?: RegExp }[] = [
  { pattern: /\b(?:TODO|FIXME|TBD)\b/g, messageId: 'platshållare' },
  { pattern: /\bX{3,}\b/g, messageId: 'platshållare' },
  { pattern: /\b20[Xx]{2}\b/g, messageId: 'platshållare' },
  { pattern: /ÅÅÅÅ(?:-MM(?:-DD)?)?/g, messageId: 'platshållare' },
  { pattern: /\[\s*(?:fyll i|ange|namn|datum|belopp|ort)\b[^\]\n]*\]/gi, messageId: 'platshållare' },
  // "Göteborg 2024-   ": a date left blank for handwriting.
  { pattern: /(?:19|20)\d{2}-(?:[ \t_.]*-?[ \t_.]*)$/gm, guard: /(?<![\d-])/my, messageId: 'tomtDatum' },
];

/** Every placeholder pattern needs one of these: the strings of iop.yaml without any are passed over. */
const CANDIDATE = /TODO|FIXME|TBD|XXX|[Xx]{2}\b|ÅÅÅÅ|\[|\d{4}-/gi;

/** A whole data value that is only the field's label, e.g. firmatecknare.titel: "Titel". */
const LABEL_ONLY = /^(?:titel|namn|datum|ort|befattning|adress|text|belopp|organisationsnummer|\.{3}|…|-)$/i;
/** LABEL_ONLY with the space around the value that trim() would remove: tested without trimming every string. */
const PADDED_LABEL_ONLY = new RegExp(String.raw`^\s*${LABEL_ONLY.source.slice(1, -1)}\s*$`, 'i');

/** underskrifter.datumrad: the date prefix the agreement preprints on purpose. */
const DATUMRAD = '/underskrifter/datumrad';

export const textPlatshallare: Rule = {
  meta: {
    id: 'text/platshållare',
    severity: 'warning',
    blocksFinalBuild: true,
    description: 'Inga platshållare (TODO, XXXX, ÅÅÅÅ-MM-DD, [fyll i], tomma datum) finns kvar i texterna.',
    explanation: [
      'En överenskommelse som ska skrivas under måste vara färdig. Regeln söker i avtal.md, tjansteutlatande.md, bilagorna och alla strängar i iop.yaml efter platshållare som blivit kvar: TODO, FIXME, XXXX, 20XX, ÅÅÅÅ-MM-DD, [fyll i] och liknande, och datum som lämnats tomma för att fyllas i för hand ("Göteborg 2024-").',
      'Medan ärendet skrivs är en platshållare en varning (iop init skriver sådana åt dig), men iop build vägrar att bygga en slutlig PDF så länge någon finns kvar; med --utkast byggs ett utkast ändå.',
      'Den hittar också fält i iop.yaml vars hela värde bara är fältets etikett, som en firmatecknare med titeln "Titel". Datumrader vid underskrifterna skapas av mallen och ska inte skrivas i texten.',
    ].join('\n\n'),
    examples: {
      passing: 'firmatecknare:\n  namn: Mikael Olow\n  titel: Verkställande direktör',
      failing: 'firmatecknare:\n  namn: Mikael Olow\n  titel: Titel',
    },
    messages: {
      platshållare: 'Texten innehåller platshållaren "{text}". Ett dokument som ska skrivas under får inte ha kvar platshållare.',
      tomtDatum: 'Datumet "{text}" är inte ifyllt. Skriv hela datumet (ÅÅÅÅ-MM-DD) eller ta bort raden; underskriftsblocken skapar datumraderna.',
      fältPlatshållare: 'Fältet har kvar platshållaren "{text}". Fyll i den riktiga uppgiften.',
    },
  },
  check({ arende, report }) {
    const quiet = dataWithout(arende, CANDIDATE);
    for (const segment of allSegments(arende)) {
      // The preprinted date prefix of the signature lines ("Göteborg 2024-") is meant to be completed by hand.
      if (segment.label === DATUMRAD) continue;
      if (segment.label.startsWith('/') && PADDED_LABEL_ONLY.test(segment.text)) {
        report({ messageId: 'fältPlatshållare', values: { text: segment.text.trim() }, at: segment.place(0, segment.text.length) });
        continue;
      }
      if (quiet(segment)) continue;
      for (const { pattern, messageId, guard } of PATTERNS) {
        for (const match of guard ? guardedMatches(segment.text, pattern, guard) : allMatches(segment.text, pattern)) {
          const text = match[0].trimEnd();
          report({ messageId, values: { text }, at: segment.place(match.index, text.length) });
        }
      }
    }
  },
};
