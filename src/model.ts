// The types every stage shares: the diagnostic, the loaded sources and the ärende data.
import type { Document, LineCounter } from 'yaml';

export type Severity = 'error' | 'warning';

/** How a severity is written in Swedish output. */
export const SEVERITY_WORD: Record<Severity, string> = { error: 'fel', warning: 'varning' };

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** One problem, from any stage (load, schema, rules). Lines and columns are 1-based. */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON pointer into the iop.yaml data, when the problem is in the data. */
  path?: string;
  related?: RelatedLocation[];
}

/** A text file read from disk, with an index from offsets to lines and columns. */
export interface SourceText {
  /** Absolute path. */
  file: string;
  text: string;
  /** Offsets where each line starts. */
  lineStarts: number[];
}

export interface YamlSource extends SourceText {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

export interface MarkdownSource extends SourceText {
  /** Offset into `text` where the body starts (after optional front matter). */
  bodyStart: number;
  frontMatter?: Record<string, unknown>;
}

export type RuleSetting = 'off' | 'warning' | 'error';

export interface IopConfig {
  /** The file it was read from, if any. */
  file?: string;
  /** Folder of the config file; relative paths in it are resolved against this. */
  root?: string;
  organisation?: { förvaltning?: string; ort?: string; logo?: string };
  mallar?: string;
  stilmall?: string;
  /** The archive's own KPI table, relative to the config file (default kpi.json beside it). */
  kpi_tabell?: string;
  regler: Record<string, RuleSetting>;
  påminnelse_dagar?: number;
}

/** An ärende as loaded: its data (if it parsed), the Markdown beside it, and the config in force. */
export interface Arende {
  /** Absolute path of the folder. */
  dir: string;
  yaml: YamlSource;
  /** The plain data; undefined if the YAML could not be parsed. */
  data: unknown;
  avtal?: MarkdownSource;
  tjansteutlatande?: MarkdownSource;
  /** Markdown files found in bilagor/, sorted by name. */
  bilagor: MarkdownSource[];
  config: IopConfig;
}

// ---- The data in iop.yaml (mirrors schemas/iop.schema.json) ----

export type Datum = string;
export type PartId = string;

export interface Person {
  namn: string;
  titel?: string;
  telefon?: string;
  'e-post'?: string;
}

export interface Adress {
  co?: string;
  gatuadress?: string;
  postnummer: string;
  ort: string;
}

export interface Part {
  id: PartId;
  namn: string;
  kortnamn?: string;
  sektor: 'idéburen' | 'offentlig';
  organisationsnummer: string;
  organisationsform?: string;
  adress?: Adress;
  kontaktperson?: Person;
  firmatecknare: { namn: string; titel: string };
  undertecknar?: boolean;
}

export interface Mal {
  mål: string;
  indikatorer?: string[];
  ansvar?: PartId[];
}

export interface Atagande {
  parter: PartId[];
  inledning?: string;
  punkter: string[];
}

export interface Grupp {
  beskrivning?: string;
  parter?: PartId[];
  ledamöter?: { part: PartId; namn?: string; roll?: string }[];
  sammankallande?: PartId;
  dokumenterar?: PartId;
  möten_per_år?: number;
  möten?: Datum[];
  uppgifter?: string[];
}

export interface Period {
  id: string;
  start: Datum;
  slut: Datum;
  totalt?: number;
  förlängning?: boolean;
}

export type BidragSlag = 'pengar' | 'värderad-insats' | 'insats';

export interface Bidrag {
  part: PartId;
  slag: BidragSlag;
  beskrivning?: string;
  belopp?: number | Record<string, number>;
  mottagare?: PartId;
  ingår_i_totalt?: boolean;
}

export interface Finansiering {
  beskrivning?: string;
  perioder: Period[];
  bidrag: Bidrag[];
  totalt?: number;
  per_år?: number;
}

export interface Indexering {
  serie: '1980' | '2020';
  referensmånad: number;
  basperiod?: string;
  basmånad?: string;
  avrundning?: 'krona' | 'hundra' | 'tusen';
  får_sänkas?: boolean;
}

export interface Forlangning {
  typ: 'automatisk' | 'årlig' | 'ingen';
  längd?: number;
  max?: number;
  besked?: number;
  kpi?: boolean;
}

export interface Avtalstid {
  start: Datum;
  slut: Datum;
  förlängning?: Forlangning;
  uppsägningstid?: number;
  förlängningar?: number;
}

export interface Rapport {
  namn: string;
  ansvarig?: PartId;
  mottagare?: string;
  förfaller?: Datum;
}

export interface Fakturaadress {
  part: PartId;
  rader: string[];
  referens?: string;
  organisationsnummer?: string;
  'e-post'?: string;
}

export interface Bilaga {
  nummer: number;
  titel: string;
  fil?: string;
  parter?: PartId[];
  bifogas?: boolean;
}

export interface Tjansteutlatande {
  utfärdat: Datum;
  titel?: string;
  handläggare: Person;
  beslutspunkter?: string[];
  godkännande?: string;
  samverkan?: { forum?: string; datum?: Datum };
  undertecknare?: Person[];
  för_kännedom?: string[];
}

export interface IopData {
  ärende: {
    titel: string;
    undertitel?: string;
    diarienummer: string;
    förvaltning: string;
    nämnd: string;
    ort: string;
    datum?: Datum;
    version?: string;
  };
  parter: Part[];
  bakgrund?: string;
  syfte?: string;
  mål: Mal[];
  målgrupp?: string;
  åtaganden?: Atagande[];
  organisation?: { styrgrupp?: Grupp; samverkansgrupp?: Grupp; koordinator?: PartId };
  finansiering: Finansiering;
  indexering?: Indexering;
  avtalstid: Avtalstid;
  uppföljning?: {
    beskrivning?: string;
    ansvarig?: PartId;
    gånger_per_år?: number;
    rapporter?: Rapport[];
    utvärdering?: string;
  };
  fakturering?: {
    fakturerande?: PartId;
    tidpunkt?: string;
    fakturadatum?: Datum[];
    betalningsvillkor?: number;
    dröjsmålsränta?: boolean;
    fakturan_ska_ange?: string[];
    adresser?: Fakturaadress[];
  };
  underskrifter?: { sätt?: 'papper' | 'elektronisk'; exemplar?: number; ort?: string };
  bilagor?: Bilaga[];
  tjänsteutlåtande?: Tjansteutlatande;
}

/** An ärende whose data passed the schema, as the rules and the renderer see it. */
export interface ValidArende extends Arende {
  data: IopData;
}
