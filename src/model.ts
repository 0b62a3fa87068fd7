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

// ---- The data in iop.yaml: generated from schemas/iop.schema.json (scripts/generate-types.mjs) ----

export type {
  Adress,
  Atagande,
  Avtalstid,
  Bidrag,
  Bilaga,
  Fakturaadress,
  Fakturering,
  Finansiering,
  Firmatecknare,
  Forlangning,
  Grupp,
  Indexering,
  IopData,
  Mal,
  Part,
  Period,
  Person,
  Rapport,
  Tidsfrist,
  Tjansteutlatande,
  Underskrifter,
  Uppsagning,
} from './generated/iop-data.js';
import type { Bidrag, IopData } from './generated/iop-data.js';

export type Datum = string;
export type PartId = string;
export type BidragSlag = Bidrag['slag'];

/** An ärende whose data passed the schema, as the rules and the renderer see it. */
export interface ValidArende extends Arende {
  data: IopData;
}
