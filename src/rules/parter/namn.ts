// parter/namn: a party's name in prose that is almost, but not quite, its name ("Socialnämnd Nordost"
// for Socialnämnden Nordost, "Familjebostäder i Bergsjön" for Familjebostäder i Göteborg AB).
import { withinEditDistance } from '../../schema/suggest.js';
import type { IopData } from '../../model.js';
import { dataSegments, dataWithout, markdownSegment, maskedText, type ProseSegment } from '../support/prose.js';
import { cachedPattern, startingMatches } from '../support/scan.js';
import type { Rule } from '../types.js';

interface Word {
  text: string;
  lower: string;
  offset: number;
  /** Where the word ends in the text (before a cut): the next word is looked for from here. */
  next: number;
}

/** Words that join a name to a place: "Familjebostäder i Göteborg AB", "Stiftelsen för …". */
const CONNECTORS = new Set(['i', 'för', 'på']);

/** The words of a name. */
function words(text: string): Word[] {
  const lower = (word: string): string => word.toLowerCase();
  const first = wordAt(text, 0, text.length, lower);
  return first ? wordsAfter(text, first, text.length, Infinity, lower) : [];
}

const LETTER = /\p{L}/u;
/** Whether a character of the Basic Multilingual Plane is a letter: 0 not yet known, 1 yes, 2 no. */
const letters = new Int8Array(0x10000);

/** The length (1 or 2) of the letter or digit at `i`, as WORD reads one; 0 for anything else. */
function letterOrDigitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (letters[code] === 0) letters[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return letters[code] === 1 ? 1 : 0;
}

/** The length of the character (code point) at `i`. */
function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * The next word of `text` at or after `from`, as if `text` ended at `end` (a word there is cut). A
 * word is a letter (\p{L}) or digit, then letters, digits and hyphens, as the pattern
 * [\p{L}\d][\p{L}\d-]* with the flag u reads it. Read character by character: this runs at
 * every place a name may start.
 */
function wordAt(text: string, from: number, end: number, lower: (word: string) => string): Word | undefined {
  let i = from;
  let length = 0;
  while (i < end && (length = letterOrDigitAt(text, i)) === 0) i += charLength(text, i);
  if (i >= end) return undefined;
  let j = i + length;
  while (j < text.length) {
    if (text.charCodeAt(j) === 45) j++;
    else if ((length = letterOrDigitAt(text, j)) > 0) j += length;
    else break;
  }
  const word = text.slice(i, Math.min(j, end));
  return { text: word, lower: lower(word), offset: i, next: j };
}

const initials = new Map<string, string>();

/**
 * The first character, in lower case, of the next word at or after `from` (before `end`); '' when
 * there is none. Every near-miss of a name of two or more words has a second word that begins as
 * the name's second word does, so most places are settled by this one character.
 */
function initialAt(text: string, from: number, end: number): string {
  let i = from;
  let length = 0;
  while (i < end && (length = letterOrDigitAt(text, i)) === 0) i += charLength(text, i);
  if (i >= end) return '';
  const character = text.slice(i, i + length);
  let initial = initials.get(character);
  if (initial === undefined) {
    initial = character.toLowerCase()[0]!;
    initials.set(character, initial);
  }
  return initial;
}

/** `first` and the words after it, `count` in all, up to `end`. */
function wordsAfter(text: string, first: Word, end: number, count: number, lower: (word: string) => string): Word[] {
  const found = [first];
  for (let word: Word | undefined = first; found.length < count && (word = wordAt(text, word.next, end, lower)) !== undefined; ) found.push(word);
  return found;
}

function withoutHyphen(word: string): string {
  return word.endsWith('-') ? word.slice(0, -1) : word;
}

/** Two spellings of one word: a small edit, the same beginning, and not only a genitive s. */
function nearWord(a: string, b: string): boolean {
  // "Demokrati- och medborgarservice": a hyphen for a shared ending is a spelling, not another name.
  if (a === b || withoutHyphen(a) === withoutHyphen(b)) return true;
  if (a.length < 4 || b.length < 4 || a.slice(0, 4) !== b.slice(0, 4)) return false;
  if (a === `${b}s` || b === `${a}s`) return false;
  return withinEditDistance(a, b, Math.max(1, Math.floor(Math.min(a.length, b.length) / 4)));
}

interface Name {
  words: string[];
  index: number;
  /** The first word after the first that joins the name to a place ("i"), when one stands inside the name; else -1. */
  connector: number;
}

/** toLowerCase, remembered: prose repeats its words, and lowering å, ä and ö is slow. */
function lowerCase(): (word: string) => string {
  const lowered = new Map<string, string>();
  return (word) => {
    let lower = lowered.get(word);
    if (lower === undefined) {
      lower = word.toLowerCase();
      lowered.set(word, lower);
    }
    return lower;
  };
}

/** No near-miss of these names spans more words than the longest of them. */
function longestOf(names: readonly Name[]): number {
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.words.length);
  return longest;
}

/** Every name the agreement uses for a party, lower case: namn, kortnamn and the "För …" label. */
function knownNames(data: IopData): Set<string> {
  const names = new Set<string>();
  for (const part of data.parter) {
    for (const name of [part.namn, part.kortnamn, part.firmatecknare?.för]) if (name) names.add(words(name).map((w) => w.lower).join(' '));
  }
  return names;
}

/** The near-miss of `name` at the start of `text`, as the number of words it spans; 0 when none. */
function nearMiss(name: Name, text: Word[]): number {
  const wanted = name.words;
  // The same words, one or more spelt a little differently: "Socialnämnd Nordost".
  if (text.length >= wanted.length) {
    let same = true;
    let close = true;
    for (let i = 0; i < wanted.length && close; i++) {
      const word = text[i]!.lower;
      if (same && withoutHyphen(word) !== withoutHyphen(wanted[i]!)) same = false;
      close = nearWord(word, wanted[i]!);
    }
    if (!same && close) return wanted.length;
  }
  // The same name up to "i", then another place: "Familjebostäder i Bergsjön".
  const connector = name.connector;
  if (connector > 0 && connector < wanted.length - 1 && text.length >= connector + 2) {
    for (let i = 0; i <= connector; i++) if (text[i]!.lower !== wanted[i]) return 0;
    const place = text[connector + 1]!;
    if (/^\p{Lu}/u.test(place.text) && place.lower !== wanted[connector + 1]) return connector + 2;
  }
  return 0;
}

/**
 * Where a word begins as one of the names does: its first four letters (the whole word when
 * shorter), any case. As one pattern, and as a pattern for each beginning (see alternativeMatches).
 * The sticky pattern also looks ahead, past the rest of the word, for a next word that begins as
 * some name's second word does (see initialAt): a place without one is no near-miss, and the
 * regular expression rules it out without a word being read. "İ" lowers to "i̇", so it stands
 * for "i" too; an initial outside the Basic Multilingual Plane (half a surrogate pair, as initialAt
 * compares it) is not looked ahead for.
 */
function nameStarts(names: Name[]): { pattern: RegExp; sticky: RegExp; alternatives: RegExp[] } {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...new Set(names.map((name) => name.words[0]!))].map((first) => (first.length >= 4 ? escape(first.slice(0, 4)) : `${escape(first)}(?![\\p{L}\\d-])`));
  const pattern = `(?:${alternatives.join('|')})`;
  const initials = [...new Set(names.map((name) => name.words[1]![0]!))];
  if (initials.includes('i')) initials.push('\u0130');
  const surrogate = initials.some((initial) => initial >= '\ud800' && initial <= '\udfff');
  const nextWord = surrogate ? '' : `(?=[\\p{L}\\d-]*[^\\p{L}\\d]+(?:${initials.map(escape).join('|')}))`;
  return {
    pattern: cachedPattern(pattern, 'giu'),
    sticky: cachedPattern(pattern + nextWord, 'iuy'),
    alternatives: [...new Set(alternatives)].map((alternative) => cachedPattern(alternative, 'giu')),
  };
}

/** A word begins here: no letter, digit or hyphen before (sticky, for guardedMatches). */
const WORD_START = /(?<![\p{L}\d-])/iuy;

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
        if (split.length >= 2) names.push({ words: split, index, connector: split.findIndex((w, i) => i > 0 && CONNECTORS.has(w)) });
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
    const lower = lowerCase();
    // The names a word can begin a near-miss of: those whose first word it spells (the same word,
    // when the name is joined to a place, is a spelling too).
    const candidates = new Map<string, Name[]>();
    // Strings of iop.yaml in which no word begins like a name are passed over.
    const quiet = dataWithout(arende, starts.pattern, WORD_START);
    for (const segment of segments) {
      if (quiet(segment)) continue;
      const masked = maskedText(segment);
      let free = 0;
      // Only where a word begins like a party's name is the text split into words (long prose
      // holds few such places; splitting all of it cost most of a check).
      for (const start of startingMatches(masked, starts.sticky, starts.alternatives, WORD_START)) {
        if (start.index < free) continue;
        const end = Math.min(masked.length, start.index + reach);
        // The first word itself must be a spelling of a name's first word ("före" is not "Föreningen").
        const first = wordAt(masked, start.index, end, lower);
        const key = first?.lower ?? '';
        let possible = candidates.get(key);
        if (possible === undefined) {
          possible = names.filter((name) => nearWord(key, name.words[0]!));
          candidates.set(key, possible);
        }
        if (possible.length === 0 || !first) continue;
        const initial = initialAt(masked, first.next, end);
        if (!possible.some((name) => name.words[1]![0] === initial)) continue;
        const text = wordsAfter(masked, first, end, longestOf(possible), lower);
        for (const name of possible) {
          const span = nearMiss(name, text);
          if (span === 0) continue;
          const found = text.slice(0, span);
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
