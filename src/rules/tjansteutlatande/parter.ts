// tjänsteutlåtande/parter: the decision names every party of the agreement, and the
// tjänsteutlåtande names no one as a party of it who is not.
import type { Part } from '../../model.js';
import { closestMatch } from '../../schema/suggest.js';
import { statedApprovals } from '../../text/decision.js';
import { formatLista } from '../../text/format.js';
import { unknownParties } from '../support/named-parties.js';
import { dataSegment, maskedText } from '../support/prose.js';
import { splitBy } from '../../text/matches.js';
import type { Rule } from '../types.js';
import { tjansteutlatandeSegments } from './segments.js';

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** Whether a text, normalized, names the party by its name or short name. */
function mentions(haystack: string, part: Part): boolean {
  return [part.namn, part.kortnamn].some((name) => name !== undefined && haystack.includes(normalize(name)));
}

/** Words that say what kind of body it is, not which one. */
const KIND_WORDS = /^(föreningen|förening|stiftelsen|nämnden|förvaltningen|kommun|kommunen|staden|region|regionen|och|i)$/;

const NOT_WORD = /[^\p{L}\d]+/gu;

function distinctiveWords(name: string): string[] {
  return splitBy(name.toLowerCase(), NOT_WORD)
    .filter((word) => word.length >= 4 && !KIND_WORDS.test(word));
}

/** "Socialförvaltningen Nordost" for "Socialnämnden Nordost": the same start and a word in common. */
function looksAlike(a: string, b: string): boolean {
  const [first = '', ...rest] = distinctiveWords(a);
  const [other = '', ...others] = distinctiveWords(b);
  return first.slice(0, 4) === other.slice(0, 4) && (rest.length === 0 || rest.some((word) => others.includes(word)));
}

/**
 * The party an unknown name probably stands for: one spelt nearly the same, or one the text
 * leaves out (the only one, or one that looks alike: another body of the same kommun).
 */
function likelyMeant(name: string, haystack: () => string, parties: readonly Part[]): string | undefined {
  const close = closestMatch(name, parties.map((part) => part.namn));
  if (close) return close;
  const missing = parties.filter((part) => !mentions(haystack(), part));
  if (missing.length === 1) return missing[0]!.namn;
  return missing.find((part) => looksAlike(name, part.namn))?.namn;
}

export const tjansteutlatandeParter: Rule = {
  meta: {
    id: 'tjänsteutlåtande/parter',
    severity: 'warning',
    description: 'Tjänsteutlåtandet räknar upp samma parter som överenskommelsen: godkännandet nämner varje part, och ingen annan nämns som part.',
    explanation: [
      'När tjänsteutlåtandet själv formulerar godkännandet (i `tjänsteutlåtande.godkännande` eller som en beslutspunkt som godkänner överenskommelsen) ska texten räkna upp samma parter som överenskommelsen. Regeln letar efter varje parts namn eller kortnamn (utan hänsyn till stora och små bokstäver). Saknas en part, eller står den under ett annat namn (t.ex. förvaltningen i stället för nämnden), är det oklart vilka parter nämnden godkänner. Utan ett sådant godkännande skapas beslutspunkten ur partslistan.',
      'Överallt i tjänsteutlåtandet (beslutspunkterna och tjansteutlatande.md) läser regeln också uppräkningen efter "mellan" i meningar om överenskommelsen eller partnerskapet ("överenskommelsen mellan A, B och C"): ett namn där som inte är en part i överenskommelsen är antingen en part som saknas under `parter` eller ett namn som ska rättas.',
    ].join('\n\n'),
    examples: {
      passing: 'godkännande: Godkänna överenskommelsen mellan Föreningen Navet i Bergsjön och Socialnämnden Nordost …',
      failing: 'godkännande: Godkänna överenskommelsen mellan Socialförvaltning Nordost och föreningen Navet …  # parten heter Socialnämnden Nordost',
    },
    messages: {
      saknas: 'Godkännandet nämner inte parten {part}. Beslutet ska räkna upp samma parter som överenskommelsen, med de namn som står där.',
      part: 'Parten heter {part} i överenskommelsen.',
      ingenPart: '{namn} är ingen part i överenskommelsen. Parterna är {parter}.',
      ingenPartFörslag: '{namn} är ingen part i överenskommelsen. Menade du {förslag}?',
    },
  },
  check({ arende, data, report }) {
    const names = data.parter.map((part) => part.namn);
    // Names that stand where a party should: reported once, with the party they may mean.
    const meant = new Set<string>();
    for (const segment of tjansteutlatandeSegments(arende)) {
      // The text normalized once, however many names it gives.
      let haystack: string | undefined;
      const normalized = (): string => (haystack ??= normalize(segment.text));
      for (const named of unknownParties(segment.text, data.parter, maskedText(segment))) {
        const suggestion = likelyMeant(named.name, normalized, data.parter);
        if (suggestion) meant.add(`${segment.label}\u0000${suggestion}`);
        const at = segment.place(named.offset, named.name.length);
        const index = data.parter.findIndex((part) => part.namn === suggestion);
        if (suggestion) report({ messageId: 'ingenPartFörslag', values: { namn: named.name, förslag: suggestion }, at, related: [{ at: { path: `/parter/${index}/namn` }, messageId: 'part', values: { part: suggestion } }] });
        else report({ messageId: 'ingenPart', values: { namn: named.name, parter: formatLista(names) }, at });
      }
    }
    for (const approval of statedApprovals(data.tjänsteutlåtande)) {
      const segment = dataSegment(arende, approval.path, approval.text);
      const haystack = normalize(approval.text);
      data.parter.forEach((part, index) => {
        if (mentions(haystack, part)) return;
        if (meant.has(`${approval.path}\u0000${part.namn}`)) return;
        report({ messageId: 'saknas', values: { part: part.namn }, at: segment.place(0, approval.text.length), related: [{ at: { path: `/parter/${index}/namn` }, messageId: 'part', values: { part: part.namn } }] });
      });
    }
  },
};
