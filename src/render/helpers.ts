// The Swedish Handlebars helpers that prose and templates may use (names in src/text/helper-names.ts).
import Handlebars from 'handlebars';
import type { IopData, Part } from '../model.js';
import { formatBelopp, formatDatum, formatLista, formatOrgnr, formatPeriod, formatTal } from '../text/format.js';
import type { TemplateHelper } from '../text/helper-names.js';
import { signingParties } from '../data/access.js';

export type HandlebarsEnv = typeof Handlebars;
type HelperFn = (...args: unknown[]) => string | Handlebars.SafeString;

/**
 * Characters that mean something to HTML or to Markdown (GFM): emphasis, links, images, code,
 * tables, strikethrough, headings, lists and character references. Numeric references stand for
 * them both in HTML and in Markdown, where a reference is always literal text: the value reads the
 * same and can never become markup.
 */
const MARKUP = /[&<>"'`=\\*_{}[\]()#+!|~@:.]|^-|(?<=\n)-/g;

/**
 * GFM turns "https://…", "www.…" and "a@b.se" into links after the references are read, within one
 * run of text. An empty comment before ":", "." and "@" ends the run there: Markdown drops it (raw
 * HTML is off) and HTML does not show it. Never at the start of a line, where it would open an
 * HTML block.
 */
const LINK_BREAKERS = new Set([':', '.', '@']);

/** A value from the data as text, wherever it is inserted: a template (HTML) or the prose (Markdown). */
export function asText(value: string): Handlebars.SafeString {
  const text = value.replace(MARKUP, (char, offset: number) => {
    const atLineStart = offset === 0 || value[offset - 1] === '\n';
    return `${LINK_BREAKERS.has(char) && !atLineStart ? '<!---->' : ''}&#${char.codePointAt(0)};`;
  });
  return new Handlebars.SafeString(text);
}

const MESSAGES = {
  notNumber: (helper: string, value: unknown) => `{{${helper}}} behöver ett tal, men fick ${describe(value)}.`,
  notDate: (helper: string, value: unknown) => `{{${helper}}} behöver ett datum (ÅÅÅÅ-MM-DD), men fick ${describe(value)}.`,
  unknownForm: (value: unknown) => `okänd datumform ${describe(value)}; använd "iso" eller "lång".`,
  unknownPart: (id: unknown, known: string[]) => `{{part}}: det finns ingen part med id ${describe(id)}. Parterna är ${formatLista(known)}.`,
  unknownField: (field: string) => `{{part}}: parter har inget fält "${field}".`,
  unknownSector: (value: unknown) => `{{parter}}: okänd sektor ${describe(value)}; använd "idéburen" eller "offentlig".`,
  notList: (value: unknown) => `{{lista}} behöver en lista, men fick ${describe(value)}.`,
};

function describe(value: unknown): string {
  if (value === undefined) return 'ingenting';
  return JSON.stringify(value) ?? String(value);
}

/** Handlebars passes an options object last; the helper's own arguments come before it. */
function args(raw: unknown[]): unknown[] {
  return raw.slice(0, -1);
}

function toNumber(helper: string, value: unknown): number {
  const number = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new Error(MESSAGES.notNumber(helper, value));
  return number;
}

function toDate(helper: string, value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(MESSAGES.notDate(helper, value));
  return value;
}

function toForm(value: unknown): 'iso' | 'lång' {
  if (value === undefined || value === 'iso') return 'iso';
  if (value === 'lång' || value === 'lang') return 'lång';
  throw new Error(MESSAGES.unknownForm(value));
}

function partName(part: Part, field?: string): string {
  if (field === undefined || field === 'namn') return part.namn;
  if (field === 'kortnamn') return part.kortnamn ?? part.namn;
  if (field === 'organisationsnummer' || field === 'orgnr') return formatOrgnr(part.organisationsnummer);
  const value = (part as unknown as Record<string, unknown>)[field];
  if (typeof value === 'string') return value;
  throw new Error(MESSAGES.unknownField(field));
}

/** Values from the data joined as a Swedish list ("A, B och C"), each as text. */
function listOfText(values: string[]): Handlebars.SafeString {
  return new Handlebars.SafeString(formatLista(values.map((value) => asText(value).toString())));
}

/** The helpers bound to one ärende's data. */
export function helpersFor(data: IopData): Record<TemplateHelper, HelperFn> {
  const partById = (id: unknown): Part => {
    const part = data.parter.find((p) => p.id === id);
    if (!part) throw new Error(MESSAGES.unknownPart(id, data.parter.map((p) => p.id)));
    return part;
  };
  return {
    belopp: (...raw) => formatBelopp(toNumber('belopp', args(raw)[0])),
    datum: (...raw) => {
      const [value, form] = args(raw);
      return formatDatum(toDate('datum', value), toForm(form));
    },
    period: (...raw) => {
      const [start, slut, form] = args(raw);
      return formatPeriod(toDate('period', start), toDate('period', slut), toForm(form));
    },
    tal: (...raw) => formatTal(toNumber('tal', args(raw)[0])),
    lista: (...raw) => {
      const [items, field] = args(raw);
      if (!Array.isArray(items)) throw new Error(MESSAGES.notList(items));
      return listOfText(items.map((item: unknown) => (typeof item === 'object' && item !== null ? String((item as Record<string, unknown>)[typeof field === 'string' ? field : 'namn'] ?? '') : String(item))));
    },
    orgnr: (...raw) => asText(formatOrgnr(String(args(raw)[0] ?? ''))),
    part: (...raw) => {
      const [id, field] = args(raw);
      return asText(partName(partById(id), typeof field === 'string' ? field : undefined));
    },
    parter: (...raw) => {
      const [sektor] = args(raw);
      if (sektor !== undefined && sektor !== 'idéburen' && sektor !== 'offentlig') throw new Error(MESSAGES.unknownSector(sektor));
      return listOfText(data.parter.filter((p) => sektor === undefined || p.sektor === sektor).map((p) => p.namn));
    },
    // The number the agreement states (underskrifter.exemplar), else one per signing party; check compares the two.
    exemplar: () => formatTal(data.underskrifter?.exemplar ?? signingParties(data).length),
  };
}

export interface TemplateLocation {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** A helper that could not do its work, with the place of its expression (Handlebars gives it). */
export class HelperFailure extends Error {
  constructor(
    message: string,
    readonly loc: TemplateLocation | undefined,
  ) {
    super(message);
    this.name = 'HelperFailure';
  }
}

/**
 * Handlebars' strict mode does not check helper arguments: a missing path arrives as undefined.
 * The wrapper turns that into an error, and every helper error gets the expression's place.
 */
function guarded(name: string, fn: HelperFn): HelperFn {
  return (...raw) => {
    const options = raw[raw.length - 1] as { loc?: TemplateLocation } | undefined;
    if (args(raw).some((value) => value === undefined)) throw new HelperFailure(`{{${name}}} fick ingen uppgift: det som uttrycket hänvisar till finns inte i iop.yaml.`, options?.loc);
    try {
      return fn(...raw);
    } catch (error) {
      throw new HelperFailure(error instanceof Error ? error.message : String(error), options?.loc);
    }
  };
}

/** A fresh Handlebars environment with the helpers bound to `data`. */
export function createHandlebars(data: IopData): HandlebarsEnv {
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(helpersFor(data))) env.registerHelper(name, guarded(name, fn));
  return env;
}
