// iop/upphandling: wording that pays per delivered unit, which makes the agreement look like a purchase.
import { avtalSegments } from '../avtal/segments.js';
import { dataWithout } from '../support/prose.js';
import { clausesWith, matchesIn } from '../support/scan.js';
import type { Rule } from '../types.js';

const PATTERNS: RegExp[] = [
  /\b(?:ersättning|ersätts|betalning|betalas|arvode|pris|kostnad)(?:\s+[\p{L}\d]+){0,4}?\s+(?:per|för\s+varje)\s+(?:deltagare|brukare|elev|plats|insats|besök)(?![\p{L}\d])/giu,
  /\bper\s+(?:utförd|utfört|utförda|levererad|levererat|levererade)(?![\p{L}\d])/giu,
  /\bper\s+(?:timme|deltagartimme|besök)(?![\p{L}\d])/giu,
  /(?<![\p{L}])[àá][\s-]?pris(?![\p{L}\d])/giu,
  /\b(?:styckpris|timpris|timarvode|prestationsersättning)(?![\p{L}\d])/giu,
];

/**
 * Every match holds "per" or "varje" before a unit, or "pris", "arvode" or
 * "prestationsersättning"; no pattern matches . , ; : ! ?. Only the clauses with one of these are
 * searched (see clausesWith).
 */
const UNITS = 'utförd|utfört|utförda|levererad|levererat|levererade|timme|deltagartimme|besök|deltagare|brukare|elev|plats|insats';
/** The anchors' words, to pass over the strings of iop.yaml that hold none. */
const ANCHOR_WORDS = /per|varje|pris|arvode|prestationsersättning/giu;
const ANCHORS = [
  { word: 'per', at: new RegExp(String.raw`per\s+(?:${UNITS})(?![\p{L}\d])`, 'iuy') },
  { word: 'varje', at: new RegExp(String.raw`varje\s+(?:${UNITS})(?![\p{L}\d])`, 'iuy') },
  { word: 'pris' },
  { word: 'arvode' },
  { word: 'prestationsersättning' },
];

export const iopUpphandling: Rule = {
  meta: {
    id: 'iop/upphandling',
    severity: 'warning',
    description: 'Överenskommelsen beskriver inte ersättning per levererad enhet, som vid ett köp.',
    explanation: 'Ett IOP är inte en upphandling: parterna bidrar till ett gemensamt ändamål, och den offentliga parten köper inga tjänster. Formuleringar som "ersättning per deltagare", "per timme", "per utförd insats", "à-pris", "per besök" eller "styckpris" beskriver betalning för levererade tjänster. Högsta förvaltningsdomstolen bedömde i HFD 2020:15 ett IOP som ett offentligt kontrakt som borde ha upphandlats. Regeln söker i avtal.md och överenskommelsens texter i iop.yaml.',
    examples: {
      passing: 'Socialnämnden Nordost bidrar med 500 000 kr per år till partnerskapets gemensamma verksamhet.',
      failing: 'Föreningen får en ersättning på 450 kr per deltagare och tillfälle.',
    },
    messages: {
      köp: 'Formuleringen "{text}" beskriver betalning per levererad enhet. Det liknar ett köp och kan göra att överenskommelsen bedöms som ett offentligt kontrakt (HFD 2020:15). Beskriv i stället parternas gemensamma insatser och finansiering.',
    },
  },
  check({ arende, report }) {
    const quiet = dataWithout(arende, ANCHOR_WORDS);
    for (const segment of avtalSegments(arende)) {
      if (quiet(segment)) continue;
      const found: { index: number; text: string }[] = [];
      const clauses = clausesWith(segment.text, ANCHORS);
      if (clauses.length === 0) continue;
      for (const pattern of PATTERNS) {
        for (const match of matchesIn(segment.text, pattern, clauses)) {
          if (!found.some((f) => match.index < f.index + f.text.length && f.index < match.index + match[0].length)) found.push({ index: match.index, text: match[0] });
        }
      }
      for (const { index, text } of found.sort((a, b) => a.index - b.index)) {
        report({ messageId: 'köp', values: { text }, at: segment.place(index, text.length) });
      }
    }
  },
};
