// parter/namn: a party's name in prose that is almost, but not quite, its name ("Socialnämnd Nordost"
// for Socialnämnden Nordost, "Familjebostäder i Bergsjön" for Familjebostäder i Göteborg AB).
import { editDistance } from '../../schema/suggest.js';
import type { IopData } from '../../model.js';
import { maskTemplates } from '../../text/templates.js';
import { dataSegments, markdownSegment, type ProseSegment } from '../support/prose.js';
import type { Rule } from '../types.js';

interface Word {
  text: string;
  lower: string;
  offset: number;
}

const WORD = /[\p{L}\d][\p{L}\d-]*/gu;
/** The word at a given offset (sticky). */
const WORD_AT = /[\p{L}\d][\p{L}\d-]*/uy;
/** Words that join a name to a place: "Familjebostäder i Göteborg AB", "Stiftelsen för …". */
const CONNECTORS = new Set(['i', 'för', 'på']);

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], lower: match[0].toLowerCase(), offset: match.index }));
}

/** Two spellings of one word: a small edit, the same beginning, and not only a genitive s. */
function nearWord(a: string, b: string): boolean {
  // "Demokrati- och medborgarservice": a hyphen for a shared ending is a spelling, not another name.
  if (a.replace(/-$/, '') === b.replace(/-$/, '')) return true;
  if (a.length < 4 || b.length < 4 || a.slice(0, 4) !== b.slice(0, 4)) return false;
  if (a === `${b}s` || b === `${a}s`) return false;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.min(a.length, b.length) / 4));
}

interface Name {
  words: string[];
  index: number;
}

/** Every name the agreement uses for a party, lower case: namn, kortnamn and the "För …" label. */
function knownNames(data: IopData): Set<string> {
  const names = new Set<string>();
  for (const part of data.parter) {
    for (const name of [part.namn, part.kortnamn, part.firmatecknare?.för]) if (name) names.add(words(name).map((w) => w.lower).join(' '));
  }
  return names;
}

/** The near-miss of `name` that starts at `at`, as the number of words it spans; 0 when none. */
function nearMiss(name: string[], text: Word[], at: number): number {
  const window = text.slice(at, at + name.length).map((w) => w.lower);
  // The same words, one or more spelt a little differently: "Socialnämnd Nordost".
  const same = (w: string, i: number): boolean => w.replace(/-$/, '') === name[i]!.replace(/-$/, '');
  if (window.length === name.length && !window.every(same) && window.every((w, i) => nearWord(w, name[i]!))) return name.length;
  // The same name up to "i", then another place: "Familjebostäder i Bergsjön".
  const connector = name.findIndex((w, i) => i > 0 && CONNECTORS.has(w));
  if (connector > 0 && connector < name.length - 1) {
    const head = text.slice(at, at + connector + 2);
    const place = head[connector + 1];
    if (head.length === connector + 2 && head.slice(0, connector + 1).every((w, i) => w.lower === name[i]) && place && /^\p{Lu}/u.test(place.text) && place.lower !== name[connector + 1]) {
      return connector + 2;
    }
  }
  return 0;
}

/** Where a word begins as one of the names does: its first four letters (the whole word when shorter), any case. */
function nameStarts(names: Name[]): RegExp {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...new Set(names.map((name) => name.words[0]!))].map((first) => (first.length >= 4 ? escape(first.slice(0, 4)) : `${escape(first)}(?![\\p{L}\\d-])`));
  return new RegExp(`(?<![\\p{L}\\d-])(?:${alternatives.join('|')})`, 'giu');
}

export const parterNamn: Rule = {
  meta: {
    id: 'parter/namn',
    severity: 'warning',
    description: 'En part nämns i texten med ett namn som nästan är partens namn, t.ex. "Socialnämnd Nordost" för Socialnämnden Nordost.',
    explanation: [
      'En part ska heta samma sak i hela avtalet och i tjänsteutlåtandet; ett namn som skiljer sig lite från `namn` eller `kortnamn` gör det oklart vem som avses, och kan vara en annan organisation. Regeln letar i avtal.md, tjansteutlatande.md, bilagorna och avtalets egna meningar i iop.yaml efter två slags nästan-träffar av ett namn med minst två ord:',
      '- samma ord med en liten skillnad i stavning eller böjning, t.ex. "Socialnämnd Nordost" för "Socialnämnden Nordost" (genitiv, som "Socialnämnden Nordosts", räknas inte);\n- samma namn fram till "i", "för" eller "på" men en annan ort efter, t.ex. "Familjebostäder i Bergsjön" för "Familjebostäder i Göteborg AB".',
      'Namn som står som någon parts `namn`, `kortnamn` eller `firmatecknare.för` räknas inte. Meddelandet föreslår partens namn.',
    ].join('\n\n'),
    examples: {
      passing: 'parter:\n  - { id: sn-nordost, namn: Socialnämnden Nordost, … }\n# avtal.md: Socialnämnden Nordost bidrar med 500 000 kr.',
      failing: 'parter:\n  - { id: sn-nordost, namn: Socialnämnden Nordost, … }\n# avtal.md: Socialnämnd Nordost bidrar med 500 000 kr.',
    },
    messages: {
      likt: 'Texten skriver "{text}", som liknar partens namn men inte är det. Menade du {förslag}?',
      parten: 'Parten heter {namn} i partslistan.',
    },
  },
  check({ arende, data, report }) {
    const known = knownNames(data);
    const names: Name[] = [];
    data.parter.forEach((part, index) => {
      for (const name of [part.namn, part.kortnamn]) {
        const split = name ? words(name).map((w) => w.lower) : [];
        if (split.length >= 2) names.push({ words: split, index });
      }
    });
    if (names.length === 0) return;
    const segments: ProseSegment[] = [
      ...dataSegments(arende, ['/ärende/undertitel', '/tjänsteutlåtande', '/avtalstid/text', '/underskrifter/text', '/finansiering/text', '/bakgrund', '/syfte', '/åtaganden', '/organisation']),
      ...[arende.avtal, arende.tjansteutlatande, ...arende.bilagor].flatMap((source) => (source ? [markdownSegment(source)] : [])),
    ];
    const starts = nameStarts(names);
    // Enough text after a possible start for the longest name, misspelt a little.
    const reach = Math.max(...names.map((name) => name.words.join(' ').length)) * 2 + 40;
    for (const segment of segments) {
      const masked = maskTemplates(segment.text);
      let free = 0;
      // Only where a word begins like a party's name is the text split into words (long prose
      // holds few such places; splitting all of it cost most of a check).
      for (const start of masked.matchAll(starts)) {
        if (start.index < free) continue;
        // The first word itself must be a spelling of a name's first word ("före" is not "Föreningen").
        WORD_AT.lastIndex = start.index;
        const first = WORD_AT.exec(masked)?.[0].toLowerCase() ?? '';
        if (!names.some((name) => nearWord(first, name.words[0]!))) continue;
        const text = words(masked.slice(start.index, start.index + reach)).map((w) => ({ ...w, offset: w.offset + start.index }));
        const at = 0;
        for (const name of names) {
          const span = nearMiss(name.words, text, at);
          if (span === 0) continue;
          const found = text.slice(at, at + span);
          if (known.has(found.map((w) => w.lower).join(' '))) continue;
          const last = found[found.length - 1]!;
          const part = data.parter[name.index]!;
          const förslag = part.kortnamn && part.kortnamn !== part.namn ? `"${part.namn}" (eller kortnamnet "${part.kortnamn}")` : `"${part.namn}"`;
          const shown = segment.text.slice(found[0]!.offset, last.offset + last.text.length);
          report({
            messageId: 'likt',
            values: { text: shown, förslag },
            at: segment.place(found[0]!.offset, shown.length),
            related: [{ at: { path: `/parter/${name.index}/namn` }, messageId: 'parten', values: { namn: part.namn } }],
          });
          free = last.offset + last.text.length;
          break;
        }
      }
    }
  },
};
