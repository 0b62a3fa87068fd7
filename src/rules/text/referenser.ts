// text/referenser: Handlebars expressions in prose refer to data, helpers and parties that exist.
import type { IopData } from '../../model.js';
import { closestMatch } from '../../schema/suggest.js';
import { formatLista } from '../../text/format.js';
import { TEMPLATE_HELPERS } from '../../text/helper-names.js';
import { pathSegments, type TemplateExpression, type TemplateToken } from '../../text/templates.js';
import { templateExpressions, type ProseSegment } from '../support/prose.js';
import type { RuleContext, Rule } from '../types.js';
import { allSegments } from './segments.js';

/** Handlebars' own helpers. each and with change the scope, so paths inside them are not checked. */
const BUILTIN = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
const SCOPED = new Set(['each', 'with']);
const HELPERS: readonly string[] = [...TEMPLATE_HELPERS, ...BUILTIN];
const PART_FIELDS = ['namn', 'kortnamn', 'organisationsnummer', 'orgnr', 'organisationsform', 'sektor', 'id'];
const DATE_FORMS = ['iso', 'lång', 'lang'];
const SECTORS = ['idéburen', 'offentlig'];

/**
 * Words people write for a field that has another name in iop.yaml; suggested when the edit
 * distance finds nothing ({{belopp finansiering.summa}} → finansiering.totalt).
 */
const SYNONYMS: Record<string, string> = {
  summa: 'totalt',
  total: 'totalt',
  totalsumma: 'totalt',
  totalbelopp: 'totalt',
  sammanlagt: 'totalt',
  årligen: 'per_år',
  årsbelopp: 'per_år',
  startdatum: 'start',
  slutdatum: 'slut',
  diarienr: 'diarienummer',
  dnr: 'diarienummer',
  rubrik: 'titel',
  namn: 'titel',
};

function suggestKey(missing: string, candidates: string[]): string | undefined {
  const synonym = SYNONYMS[missing.toLowerCase()];
  return closestMatch(missing, candidates) ?? (synonym !== undefined && candidates.includes(synonym) ? synonym : undefined);
}

interface Resolution {
  found: boolean;
  /** The path up to and including the first missing segment, and the keys that exist there. */
  missingAt?: string;
  candidates?: string[];
  prefix?: string;
}

function resolve(data: IopData, path: string): Resolution {
  let node: unknown = data;
  const segments = pathSegments(path);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    // Array indexes are not suggested: "parter.5" is no typo of "parter.0".
    const keys = node !== null && typeof node === 'object' && !Array.isArray(node) ? Object.keys(node) : [];
    const next = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    if (next === undefined) return { found: false, missingAt: segment, candidates: keys, prefix: segments.slice(0, i).join('.') };
    node = next;
  }
  return { found: true };
}

class ExpressionChecker {
  constructor(
    private readonly context: RuleContext,
    private readonly segment: ProseSegment,
  ) {}

  private report(messageId: string, values: Record<string, string | number>, offset: number, length: number): void {
    this.context.report({ messageId, values, at: this.segment.place(offset, length) });
  }

  path(token: TemplateToken): void {
    const path = token.value;
    if (path.startsWith('@') || path.startsWith('../') || path === 'this' || path === '.') return;
    const result = resolve(this.context.data, path);
    if (result.found) return;
    const suggestion = suggestKey(result.missingAt ?? '', result.candidates ?? []);
    if (suggestion) {
      const corrected = [result.prefix, suggestion].filter((part) => part !== undefined && part !== '').join('.');
      this.report('okändSökvägFörslag', { sökväg: path, förslag: corrected }, token.offset, token.length);
    } else {
      this.report('okändSökväg', { sökväg: path }, token.offset, token.length);
    }
  }

  choice(token: TemplateToken | undefined, allowed: string[], messageId: string, helper: string): void {
    if (token?.kind !== 'string' || allowed.includes(token.value)) return;
    this.report(messageId, { värde: token.value, hjälpare: helper, tillåtna: formatLista(allowed.map((value) => `"${value}"`)) }, token.offset, token.length);
  }

  party(token: TemplateToken | undefined): void {
    const ids = this.context.data.parter.map((part) => part.id);
    if (token?.kind === 'path') {
      // {{part navet}}: without quotes Handlebars reads the id as a path into the data.
      if (resolve(this.context.data, token.value).found) return;
      const id = ids.includes(token.value) ? token.value : closestMatch(token.value, ids);
      if (id !== undefined) this.report('partUtanCitat', { id: token.value, rättat: id }, token.offset, token.length);
      else if (!token.value.includes('.')) this.report('okändPartUtanCitat', { id: token.value, parter: formatLista(ids), första: ids[0] ?? '' }, token.offset, token.length);
      else this.path(token);
      return;
    }
    if (token?.kind !== 'string') return;
    if (ids.includes(token.value)) return;
    const suggestion = closestMatch(token.value, ids);
    if (suggestion) this.report('okändPartFörslag', { id: token.value, förslag: suggestion }, token.offset, token.length);
    else this.report('okändPart', { id: token.value, parter: formatLista(ids) }, token.offset, token.length);
  }

  helperArguments(name: string, args: TemplateToken[], scoped: boolean): void {
    // The first argument of part is an id; party() says what to do when it is written as a path.
    const paths = name === 'part' ? args.slice(1) : args;
    if (!scoped) for (const token of paths) if (token.kind === 'path') this.path(token);
    if (name === 'part') {
      if (!scoped || args[0]?.kind !== 'path') this.party(args[0]);
      this.choice(args[1], PART_FIELDS, 'okäntVal', name);
    } else if (name === 'parter') {
      this.choice(args[0], SECTORS, 'okäntVal', name);
    } else if (name === 'datum') {
      this.choice(args[1], DATE_FORMS, 'okäntVal', name);
    } else if (name === 'period') {
      this.choice(args[2], DATE_FORMS, 'okäntVal', name);
    }
  }
}

function checkSegment(context: RuleContext, segment: ProseSegment): void {
  const checker = new ExpressionChecker(context, segment);
  const blocks: string[] = [];
  const report = (messageId: string, values: Record<string, string | number>, expression: TemplateExpression): void =>
    context.report({ messageId, values, at: segment.place(expression.offset, expression.length) });
  for (const expression of templateExpressions(segment)) {
    if (expression.unterminated) {
      report('oavslutat', {}, expression);
      continue;
    }
    const scoped = blocks.some((name) => SCOPED.has(name));
    const [first, ...args] = expression.tokens;
    if (expression.block === '/') {
      blocks.pop();
      continue;
    }
    // {{> finansiering}} places a generated block: text/block checks it.
    if (expression.block === '>') continue;
    if (!first) {
      report('tomt', {}, expression);
      continue;
    }
    if (first.kind !== 'path') continue;
    const isCall = expression.block === '#' || args.length > 0;
    if (expression.block === '#') blocks.push(first.value);
    if (isCall || HELPERS.includes(first.value)) {
      if (!HELPERS.includes(first.value)) {
        const suggestion = closestMatch(first.value, [...TEMPLATE_HELPERS]);
        context.report({
          messageId: suggestion ? 'okändHjälpareFörslag' : 'okändHjälpare',
          values: { namn: first.value, förslag: suggestion ?? '', hjälpare: formatLista([...TEMPLATE_HELPERS]) },
          at: segment.place(first.offset, first.length),
        });
        continue;
      }
      checker.helperArguments(first.value, args, scoped);
      continue;
    }
    if (!scoped) checker.path(first);
  }
}

export const textReferenser: Rule = {
  meta: {
    id: 'text/referenser',
    severity: 'error',
    description: 'Uttryck som {{belopp finansiering.totalt}} i texterna hänvisar till uppgifter, hjälpfunktioner och parter som finns.',
    explanation: [
      'Texterna i avtal.md, tjansteutlatande.md, bilagorna och strängarna i iop.yaml (t.ex. beslutspunkterna) får hämta uppgifter med Handlebars-uttryck: `{{ärende.diarienummer}}`, `{{belopp finansiering.totalt}}`, `{{part "navet"}}`. Sökvägar skrivs med punkter och kan ha index: `parter.0.namn` eller `parter.[0].namn`.',
      `Regeln kontrollerar utan att rendera att varje sökväg finns i iop.yaml, att varje hjälpfunktion är känd (${TEMPLATE_HELPERS.join(', ')} och Handlebars egna if, unless, each, with), att \`part\` får ett part-id som finns och att val som datumform och sektor är giltiga. Sökvägar inne i \`{{#each}}\` och \`{{#with}}\` utgår från ett annat sammanhang och kontrolleras inte.`,
    ].join('\n\n'),
    examples: {
      passing: '{{part "navet"}} ersätts på årsbasis med sammanlagt {{belopp finansiering.totalt}}.',
      failing: '{{part "navett"}} ersätts på årsbasis med sammanlagt {{belopp finansiering.total}}.',
    },
    messages: {
      okändSökväg: 'Uppgiften {sökväg} finns inte i iop.yaml.',
      okändSökvägFörslag: 'Uppgiften {sökväg} finns inte i iop.yaml. Menade du {förslag}?',
      okändHjälpare: 'Hjälpfunktionen {namn} finns inte. Tillgängliga är {hjälpare}.',
      okändHjälpareFörslag: 'Hjälpfunktionen {namn} finns inte. Menade du {förslag}?',
      okändPart: 'Det finns ingen part med id "{id}". Parterna är {parter}.',
      okändPartFörslag: 'Det finns ingen part med id "{id}". Menade du "{förslag}"?',
      okändPartUtanCitat: 'Det finns ingen part med id "{id}". Parterna är {parter}; skriv id:t inom citattecken, t.ex. {{part "{första}"}}.',
      partUtanCitat: 'Part-id:t ska stå inom citattecken, annars läses det som en uppgift i iop.yaml: skriv {{part "{rättat}"}}.',
      okäntVal: '"{värde}" är inget giltigt val för {hjälpare}. Tillåtna värden är {tillåtna}.',
      oavslutat: 'Uttrycket avslutas inte med }}.',
      tomt: 'Uttrycket {{ }} är tomt.',
    },
  },
  check(context) {
    for (const segment of allSegments(context.arende, (value) => value.includes('{{'))) checkSegment(context, segment);
  },
};
