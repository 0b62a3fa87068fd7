// Builds in-memory ärenden for rule tests, from a compact, valid base that each test modifies.
import { join } from 'node:path';
import { computeLineStarts } from '../../src/load/positions.js';
import { parseYaml } from '../../src/load/yaml.js';
import { toMarkdownSource } from '../../src/load/markdown.js';
import { runRules } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';
import type { Diagnostic, IopConfig, MarkdownSource, ValidArende, IopData } from '../../src/model.js';

export const DIR = '/arenden/navet';

export interface ArendeText {
  yaml: string;
  avtal?: string;
  tjansteutlatande?: string;
  /** File name in bilagor/ → Markdown text. */
  bilagor?: Record<string, string>;
  config?: Partial<IopConfig>;
}

function markdown(file: string, text: string): MarkdownSource {
  return toMarkdownSource({ file, text, lineStarts: computeLineStarts(text) });
}

export function arendeFromText(input: ArendeText): ValidArende {
  const file = join(DIR, 'iop.yaml');
  const parsed = parseYaml({ file, text: input.yaml, lineStarts: computeLineStarts(input.yaml) });
  if (!parsed.yaml || parsed.diagnostics.length > 0) {
    throw new Error(`Test-YAML kunde inte läsas: ${parsed.diagnostics.map((d) => `${d.line}: ${d.message}`).join('; ')}`);
  }
  return {
    dir: DIR,
    yaml: parsed.yaml,
    data: parsed.data as IopData,
    avtal: input.avtal === undefined ? undefined : markdown(join(DIR, 'avtal.md'), input.avtal),
    tjansteutlatande: input.tjansteutlatande === undefined ? undefined : markdown(join(DIR, 'tjansteutlatande.md'), input.tjansteutlatande),
    bilagor: Object.entries(input.bilagor ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, text]) => markdown(join(DIR, 'bilagor', name), text)),
    config: { regler: {}, ...input.config },
  };
}

export function runRule(rule: Rule, arende: ValidArende, options: { today?: string } = {}): Diagnostic[] {
  return runRules(arende, [rule], { today: options.today ?? '2024-02-01' });
}

/** The parts of a diagnostic a test asserts; file is relative to the ärende folder. */
export interface Brief {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: string;
  file: string;
  line: number;
  path?: string;
  related?: { file: string; line: number; message: string }[];
}

export function brief(diagnostic: Diagnostic): Brief {
  const out: Brief = {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file.slice(DIR.length + 1),
    line: diagnostic.line,
  };
  if (diagnostic.path !== undefined) out.path = diagnostic.path;
  if (diagnostic.related) out.related = diagnostic.related.map((r) => ({ file: r.file.slice(DIR.length + 1), line: r.line, message: r.message }));
  return out;
}

/** Runs one rule on the base ärende with the given changes, and returns brief diagnostics. */
export function check(rule: Rule, changes: Partial<ArendeText> = {}, options: { today?: string } = {}): Brief[] {
  return runRule(rule, arendeFromText({ ...BASE, ...changes }), options).map(brief);
}

/** `text` with `from` replaced by `to`; throws when `from` is not there, so a stale test fails loudly. */
export function replaced(from: string, to: string, text: string = BASE_YAML): string {
  if (!text.includes(from)) throw new Error(`Texten innehåller inte: ${from}`);
  return text.replace(from, to);
}

/** Swedish amounts use non-breaking spaces: nb('875 000 kr') writes them readably in tests. */
export function nb(text: string): string {
  return text.replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0').replace(/(\d) (kr)\b/g, '$1\u00a0$2');
}

export const BASE_YAML = `ärende:
  titel: Överenskommelse om idéburet offentligt partnerskap
  diarienummer: N163-0038/24
  förvaltning: Socialförvaltningen Nordost
  nämnd: Socialnämnden Nordost
  ort: Göteborg
parter:
  - id: navet
    namn: Föreningen Navet i Bergsjön
    kortnamn: Navet
    sektor: idéburen
    organisationsnummer: 802444-1100
    firmatecknare: { namn: Mohammed Ryback, titel: Ordförande }
  - id: sn-nordost
    namn: Socialnämnden Nordost
    sektor: offentlig
    organisationsnummer: 212000-1355
    firmatecknare: { namn: Fredrik Johansson, titel: Förvaltningsdirektör }
  - id: familjebostader
    namn: Familjebostäder i Göteborg AB
    kortnamn: Familjebostäder
    sektor: offentlig
    organisationsnummer: 556114-3941
    firmatecknare: { namn: Mikael Olow, titel: Verkställande direktör }
mål:
  - mål: Invånarnas möjligheter till medbestämmande har stärkts i Bergsjön.
    indikatorer:
      - Ett invånarråd har etablerats.
    ansvar: [navet]
åtaganden:
  - parter: [navet]
    punkter:
      - Föreningen driver mötesplatsen och samordnar aktiviteterna.
organisation:
  grupper:
    - id: styrgruppen
      namn: Styrgrupp
      parter: [navet, sn-nordost, familjebostader]
      sammankallande: sn-nordost
      möten_per_år: 2
      uppgifter:
        - Styrgruppen träffas minst en gång per termin.
finansiering:
  perioder:
    - { id: "2024", start: 2024-03-01, slut: 2025-02-28, totalt: 800000 }
    - { id: "2025", start: 2025-03-01, slut: 2026-02-28, totalt: 800000 }
  bidrag:
    - { part: sn-nordost, slag: pengar, belopp: 500000, mottagare: navet }
    - { part: familjebostader, slag: pengar, belopp: 300000, mottagare: navet }
    - { part: navet, slag: värderad-insats, beskrivning: Ideellt arbete, belopp: 120000 }
  totalt: 1600000
  per_år: 800000
avtalstid:
  start: 2024-03-01
  slut: 2026-02-28
  förlängning: { typ: årlig, max: 2, besked: 3 }
  uppsägningstid: 6
fakturering:
  fakturerande: navet
  fakturadatum: [2024-03-15, 2025-03-14]
  adresser:
    - part: sn-nordost
      rader: [N163 Socialnämnden Nordost, Intraservice, 405 38 Göteborg]
      referens: Mottagarkod 250F
    - part: familjebostader
      rader: [Familjebostäder i Göteborg AB, Intraservice B 420, 405 38 Göteborg]
      referens: Mikael Olow
underskrifter:
  sätt: papper
  exemplar: 3
bilagor:
  - nummer: 1
    titel: Arbets- och uppföljningsplan fr.o.m. 2024-03-01 t.o.m. 2026-02-28
    fil: bilagor/1-arbetsplan.md
tjänsteutlåtande:
  utfärdat: 2024-01-08
  handläggare:
    namn: Åsa Grellsgård
  godkännande: Godkänna överenskommelsen om idéburet offentligt partnerskap mellan Föreningen Navet i Bergsjön, Socialnämnden Nordost och Familjebostäder fr.o.m. 2024-03-01 t.o.m. 2026-02-28.
  beslutspunkter:
    - Uppdra åt förvaltningsdirektören att underteckna överenskommelsen.
`;

export const BASE_AVTAL = `## Parter

Denna överenskommelse ingås mellan {{parter}}.

## Finansiering

Socialnämnden Nordost bidrar med 500 000 kr per år och Familjebostäder med 300 000 kr per år, sammanlagt {{belopp finansiering.per_år}} per år. {{part "navet" "kortnamn"}} bidrar med ideellt arbete som värderas till 120 000 kr per år.

## Avtalstid

Denna överenskommelse gäller fr.o.m. 2024-03-01 t.o.m. 2026-02-28 och kan förlängas ett år i taget, högst två gånger.

## Underskrifter

Denna överenskommelse är upprättad i tre (3) likalydande exemplar, varav parterna tagit var sitt.
`;

export const BASE_TJANSTEUTLATANDE = `## Ärendet

Förvaltningen föreslår att nämnden godkänner överenskommelsen för perioden fr.o.m. {{datum avtalstid.start}} t.o.m. {{datum avtalstid.slut}}.

## Bedömning ur ekonomisk dimension

Socialnämnden Nordost bidrar med 500 000 kr per år och Familjebostäder med 300 000 kr per år. Den totala summan för avtalstiden är 1 600 000 kr.
`;

export const BASE_BILAGA = `## Styrgruppens möten

Styrgruppen träffas minst en gång per termin under perioden 2024-03-01 – 2026-02-28.
`;

export const BASE: ArendeText = {
  yaml: BASE_YAML,
  avtal: BASE_AVTAL,
  tjansteutlatande: BASE_TJANSTEUTLATANDE,
  bilagor: { '1-arbetsplan.md': BASE_BILAGA },
};
