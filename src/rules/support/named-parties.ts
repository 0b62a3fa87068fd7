// The names a text gives as the parties of this agreement: the list after "mellan" in
// "överenskommelsen om … mellan Föreningen Läxhjälpen och Kultur- och fritidsnämnden för perioden
// …". Those that are no party of the agreement are found with their offsets, so a rule can point
// at them. Only sentences about this agreement count ("överenskommelsen", "detta avtal"), not
// about an earlier one ("2021 tecknades ett IOP-avtal mellan …").
import type { Part } from '../../model.js';
import { maskTemplates } from '../../text/templates.js';
import { allMatches, startingMatches } from './scan.js';
import { derivedOn } from '../../derived.js';

export interface NamedParty {
  name: string;
  offset: number;
}

/**
 * "mellan" after a definite word for the agreement, in the same sentence (\b knows no å, ä or ö).
 * Sticky: tried at the places where one of BETWEEN_STARTS begins a word (see startingMatches).
 */
const BETWEEN =
  /(?:överenskommelsen|partnerskapet|avtalet|(?:denna|detta)\s+(?:överenskommelse|partnerskap|avtal|IOP))(?![\p{L}\d])[^.!?\n]*?(?<![\p{L}\d])mellan\s+/iuy;
/** BETWEEN begins a word. */
const WORD_START = /(?<![\p{L}\d])/iuy;
/** The words BETWEEN begins with. */
const BETWEEN_STARTS = ['överenskommelsen', 'partnerskapet', 'avtalet', 'denna', 'detta'].map((word) => new RegExp(word, 'giu'));
/** Where the list of names ends: a word that starts what follows the names, or the sentence's end. */
const LIST_END = /\s(?:för(?!\s+\p{Lu})|om|avseende|gällande|under|från|fr\.o\.m\.|t\.o\.m\.|med|som|till|enligt|där|vilket|vilken|inom|avser)\s|[.!?;:\n(]|$/u;
/** List separators; "Kultur- och fritidsnämnden" keeps its "och". */
const SEPARATOR = /,\s*|(?<!-)\s+(?:och|samt)\s+/gu;
/** A verb after the names ("… mellan A och B förlängs"): a lower-case word in -s or -r. */
const TRAILING_VERB = /\s+\p{Ll}+[sr]$/u;

interface Piece {
  text: string;
  offset: number;
  /** The separator after the piece ('' for the last). */
  separator: string;
}

function pieces(list: string, base: number): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const separator of [...allMatches(list, SEPARATOR), { index: list.length, 0: '' }]) {
    out.push({ text: list.slice(last, separator.index), offset: base + last, separator: separator[0] });
    last = (separator.index ?? 0) + separator[0].length;
  }
  return out;
}

/** Lower case words separated by single spaces, padded so that " word " finds whole words. */
function words(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim()} `;
}

/** Each party with its name and short name as words(); worked out once for all the names of a text. */
interface KnownParty {
  part: Part;
  names: string[];
}

const KNOWN = Symbol('iop.namedParties.known');

/** The parties' names as words(), worked out once per list of parties (an ärende's `parter`). */
function knownParties(parties: readonly Part[]): KnownParty[] {
  return derivedOn(parties, KNOWN, () => parties.map((part) => ({ part, names: [part.namn, part.kortnamn].filter((n): n is string => n !== undefined).map(words) })));
}

function namedIn(known: readonly KnownParty[], name: string): Part | undefined {
  const wanted = words(name);
  if (wanted.trim() === '') return undefined;
  return known.find(({ names }) => names.some((name) => name.includes(wanted) || wanted.includes(name)))?.part;
}

/** The party a name stands for: its name or short name, or a longer or shorter form of its name. */
export function partyNamed(parties: readonly Part[], name: string): Part | undefined {
  return namedIn(knownParties(parties), name);
}

/** The names of parties that hold a list word ("Demokrati och medborgarservice"), as words(). */
function namesAcross(known: readonly KnownParty[]): string[] {
  return known.flatMap(({ names }) => names.filter((name) => / (och|samt) /.test(name)));
}

function holdsAny(haystack: string, names: readonly string[]): boolean {
  return names.some((name) => haystack.includes(name));
}

/** The names in every "… överenskommelsen … mellan A, B och C …" of `text` that are no party; `masked` is maskTemplates(text), when the caller has it. */
export function unknownParties(text: string, parties: readonly Part[], masked = maskTemplates(text)): NamedParty[] {
  const found: NamedParty[] = [];
  const known = knownParties(parties);
  const across = namesAcross(known);
  for (const match of startingMatches(masked, BETWEEN, BETWEEN_STARTS, WORD_START)) {
    const start = match.index + match[0].length;
    const rest = masked.slice(start);
    const list = pieces(rest.slice(0, LIST_END.exec(rest)?.index ?? rest.length), start);
    for (let i = 0; i < list.length; i++) {
      const piece = list[i]!;
      if (namedIn(known, piece.text)) continue;
      // "Demokrati och medborgarservice" is one party, though "och" also separates the list.
      const next = list[i + 1];
      if (next && across.length > 0 && holdsAny(words(piece.text + piece.separator + next.text), across)) {
        i++;
        continue;
      }
      let name = piece.text.trim();
      while (TRAILING_VERB.test(name)) name = name.replace(TRAILING_VERB, '');
      // Names are proper nouns; "staden" or "parterna" in lower case are not names of parties.
      if (/^\p{Lu}/u.test(name)) found.push({ name, offset: piece.offset + piece.text.indexOf(name) });
    }
  }
  return found;
}
