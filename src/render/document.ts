// Data + prose + templates → the HTML of each document, and its running header and footer.
import { relative } from 'node:path';
import type { IopData, MarkdownSource, ValidArende } from '../model.js';
import { approvalGenerated, statedPoints } from '../text/decision.js';
import { formatDatum, formatLista, formatPeriod } from '../text/format.js';
import { compileShared } from './compiled.js';
import { createHandlebars, type HandlebarsEnv } from './helpers.js';
import { headerFontCss, textFontFaceCss, TEXT_FONTS_MARK } from './fonts.js';
import { hastToHtml, renderInline, renderProse } from './markdown.js';
import { BLOCKS, blockHasData, isBlockName, ownTextBlocks, type BlockName } from '../data/blocks.js';
import { blockMarker, section, splitSections, type Section } from './sections.js';
import { keepNumbersTogether } from './nowrap.js';
import { isBundledPartial, type Layout, type TemplateSet } from './templates.js';
import { diarienummerOf } from '../data/access.js';
import { marginBoxCss, runningHead } from './running-head.js';
import { derivedOn } from '../derived.js';
import {
  approvalText,
  ataganden,
  samverkanText,
  avtalstidText,
  faktureringView,
  finansieringView,
  malView,
  organisationView,
  partView,
  syfteView,
  underskriftView,
  uppfoljningView,
} from './view.js';

export type DocumentKind = 'avtal' | 'tjansteutlatande';

export interface DocumentInput {
  arende: ValidArende;
  templates: TemplateSet;
  fingerprint: string;
  utkast: boolean;
}

export interface RenderedDocument {
  kind: DocumentKind;
  /** The title as printed and as PDF metadata (with "UTKAST" on a draft). */
  title: string;
  subject: string;
  /** The whole HTML, as a browser loads it afresh and `--html` writes it. */
  readonly html: string;
  /**
   * The same HTML with the text's fonts (~270 000 characters) left out and TEXT_FONTS_MARK
   * (fonts.ts) in their place, when they stand in it once: what a page that already holds those
   * fonts is given (page-content.ts), and what is searched and compared while printing. Copying
   * the whole HTML costs some 3 ms, so documents made here make `html` only when it is read.
   */
  printHtml?: string;
  headerTemplate: string;
  footerTemplate: string;
  /**
   * The same running header and footer as page-margin boxes (running-head.ts), when they are iop's
   * own and no draft's: a browser that prints such boxes then prints these instead of the templates.
   */
  marginCss?: string;
  /** Headings listed in the table of contents, in order. */
  toc: Array<{ id: string; title: string }>;
}

export const UTKAST = 'UTKAST';

interface TocEntry {
  titel: string;
  sida?: number;
  bilaga: boolean;
}

function markdownSource(source: MarkdownSource): { file: string; text: string; firstLine: number } {
  const firstLine = source.text.slice(0, source.bodyStart).split('\n').length;
  return { file: source.file, text: source.text.slice(source.bodyStart), firstLine };
}

function prose(env: HandlebarsEnv, source: MarkdownSource, data: IopData) {
  return renderProse(env, markdownSource(source), data);
}

/** A Handlebars environment with the helpers and the template set's partials. */
function environment(data: IopData, templates: TemplateSet): HandlebarsEnv {
  const env = createHandlebars(data);
  for (const [name, text] of Object.entries(templates.partials)) env.registerPartial(name, compileShared(env, text));
  return env;
}

/** The environment the agreement's prose is expanded in: the helpers, and a marker partial per block. */
function avtalProseEnvironment(data: IopData): HandlebarsEnv {
  const env = createHandlebars(data);
  for (const name of BLOCKS) env.registerPartial(name, blockMarker(name));
  return env;
}

/** Default headings of blocks the author did not place. */
const BLOCK_TITLES: Record<BlockName, (data: IopData) => string> = {
  parter: () => 'Parter',
  syfte: (data) => (data.syfte !== undefined && data.målgrupp !== undefined ? 'Syfte och målgrupp' : data.syfte !== undefined ? 'Syfte' : 'Målgrupp'),
  organisation: () => 'Organisation',
  mal: () => 'Mål',
  ataganden: () => 'Parternas åtaganden',
  uppfoljning: () => 'Uppföljning',
  finansiering: () => 'Finansiering',
  fakturering: () => 'Fakturering',
  avtalstid: () => 'Avtalstid',
  bilagor: () => 'Bilagor',
};

/**
 * The agreement's sections: its prose with each block where its marker stands, then every block
 * with data that the author neither placed nor wrote in own words (egen_text) in its default
 * place: the parties first, the others each in a section of its own after the prose. A block is
 * printed once: a second marker, a marker of a block in egen_text or without data prints nothing.
 */
function avtalSections(arende: ValidArende): { intro?: Section; sections: Section[] } {
  const data = arende.data;
  const own = ownTextBlocks(data);
  const printable = new Set(BLOCKS.filter((name) => !own.has(name) && blockHasData(data, name)));
  const placed = new Set<BlockName>();
  const place = (name: string): boolean => {
    if (!isBlockName(name) || !printable.has(name) || placed.has(name)) return false;
    placed.add(name);
    return true;
  };
  const proseSections = arende.avtal ? splitSections(prose(avtalProseEnvironment(data), arende.avtal, data), place) : [];
  const intro = proseSections[0]?.titel === undefined ? proseSections.shift() : undefined;
  const unplaced = BLOCKS.filter((name) => printable.has(name) && !placed.has(name));
  const generated = (name: BlockName): Section => section(BLOCK_TITLES[name](data), [{ block: name }], true);
  const sections = [
    ...unplaced.filter((name) => name === 'parter').map(generated),
    ...proseSections,
    ...unplaced.filter((name) => name !== 'parter').map(generated),
  ];
  sections.forEach((s, index) => {
    s.nr = index + 1;
    s.id = `avsnitt-${index + 1}`;
  });
  return { intro, sections };
}

/**
 * Stands for the stylesheet in a layout's view while the document's HTML is made and its numbers
 * kept together; the stylesheet (some 300 000 characters, nearly all fonts) is put in its place
 * once, at the end. Every step before then reads, copies and compares ~30 000 characters instead
 * of ~330 000. No digit, so keepNumbersTogether leaves it alone; an apostrophe, which Handlebars
 * escapes, so a layout that writes `{{css}}` instead of `{{{css}}}` is told apart (and made as before).
 */
const CSS_MARK = "\u0000iop'stilmall\u0000";
const ESCAPED_CSS_MARK = '\u0000iop&#x27;stilmall\u0000';

/** A document's HTML: the whole of it, made when asked for, and what is printed from a page that holds the text's fonts. */
interface DocumentHtml {
  whole: () => string;
  printHtml?: string;
}

/** The stylesheet with the text's fonts replaced by TEXT_FONTS_MARK, when they stand in it once. */
const printCssCache = new WeakMap<TemplateSet, string | undefined>();

function printCss(templates: TemplateSet): string | undefined {
  if (!printCssCache.has(templates)) {
    const fonts = textFontFaceCss();
    const at = templates.css.indexOf(fonts);
    const once = at !== -1 && templates.css.indexOf(fonts, at + 1) === -1;
    printCssCache.set(templates, once ? templates.css.slice(0, at) + TEXT_FONTS_MARK + templates.css.slice(at + fonts.length) : undefined);
  }
  return printCssCache.get(templates);
}

/** The layout's HTML with its numbers kept together (nowrap.ts) and the stylesheet in it. */
function finishedHtml(render: (css: string) => string, templates: TemplateSet): DocumentHtml {
  const html = render(CSS_MARK);
  if (html.includes(ESCAPED_CSS_MARK)) {
    const whole = keepNumbersTogether(render(templates.css));
    return { whole: () => whole };
  }
  const pieces = keepNumbersTogether(html).split(CSS_MARK);
  const forPrint = printCss(templates);
  if (forPrint === undefined || pieces.length !== 2) {
    const whole = pieces.join(templates.css);
    return { whole: () => whole };
  }
  const printHtml = pieces.join(forPrint);
  let whole: string | undefined;
  return { printHtml, whole: () => (whole ??= printHtml.split(TEXT_FONTS_MARK).join(textFontFaceCss())) };
}

/** The document with its HTML made when first read. */
function withHtml(made: DocumentHtml, rest: Omit<RenderedDocument, 'html' | 'printHtml'>): RenderedDocument {
  return {
    ...rest,
    get html() {
      return made.whole();
    },
    ...(made.printHtml === undefined ? {} : { printHtml: made.printHtml }),
  };
}

function layout(env: HandlebarsEnv, templates: TemplateSet, name: Layout, view: object): string {
  return compileShared(env, templates.layouts[name])(view);
}

function baseView(input: DocumentInput, title: string) {
  const { data } = input.arende;
  return {
    titel: title,
    ärende: data.ärende,
    diarienummer: diarienummerOf(data),
    förvaltning: data.ärende.förvaltning,
    utkast: input.utkast,
    css: CSS_MARK,
    logo: input.templates.logo,
    fingeravtryck: input.fingerprint,
    headerFontCss: headerFontCss(),
  };
}

function draftTitle(title: string, utkast: boolean): string {
  return utkast ? `${UTKAST} – ${title}` : title;
}

interface AvtalParts {
  env: HandlebarsEnv;
  title: string;
  subject: string;
  view: Record<string, unknown>;
  headings: Array<{ id: string; title: string }>;
  sections: number;
  headerTemplate: string;
  footerTemplate: string;
  marginCss?: string;
  layout: (view: object) => string;
  /** The agreement with no page numbers yet in its table of contents, numbers kept together. */
  unnumbered: DocumentHtml;
  /** Whether the layout prints the table of contents' page numbers (with any template, its own or a repository's). */
  tocShown: boolean;
}

/**
 * Everything in the agreement but the table of contents' page numbers, made once per input: the
 * second print pass then only fills in the numbers instead of rendering all the prose again.
 */
const AVTAL_PARTS = Symbol('iop.document.avtalParts');

/** The agreement with its bilagor after the signature page, one HTML document so pages count through. */
export function avtalDocument(input: DocumentInput, tocPages: Array<number | undefined> = []): RenderedDocument {
  const parts = derivedOn(input, AVTAL_PARTS, avtalParts);
  const numbered = tocPages.some((page) => page !== undefined);
  const made = numbered ? finishedHtml((css) => parts.layout({ ...parts.view, css, innehall: tocEntries(parts, tocPages) }), input.templates) : parts.unnumbered;
  return withHtml(made, {
    kind: 'avtal',
    title: parts.title,
    subject: parts.subject,
    headerTemplate: parts.headerTemplate,
    footerTemplate: parts.footerTemplate,
    ...(parts.marginCss !== undefined ? { marginCss: parts.marginCss } : {}),
    // Page numbers are only looked for when the layout prints them (a repository's own may not).
    toc: parts.tocShown ? parts.headings : [],
  });
}

function tocEntries(parts: Pick<AvtalParts, 'headings' | 'sections'>, tocPages: Array<number | undefined>): TocEntry[] {
  return parts.headings.map((h, i) => ({ titel: h.title, sida: tocPages[i], bilaga: i > parts.sections }));
}

function avtalParts(input: DocumentInput): AvtalParts {
  const { arende, templates } = input;
  const data = arende.data;
  const env = environment(data, templates);
  const title = draftTitle(data.ärende.titel, input.utkast);

  const { intro, sections } = avtalSections(arende);
  const proseEnv = createHandlebars(data);
  const finansiering = finansieringView(data);
  const organisation = organisationView(data);
  const fakturering = faktureringView(data);

  const bilagor = (data.bilagor ?? [])
    .filter((b) => b.bifogas !== false && b.fil !== undefined)
    .flatMap((b, index) => {
      const source = arende.bilagor.find((s) => relative(arende.dir, s.file).split(/[\\/]/).join('/') === b.fil?.replace(/^\.\//, ''));
      if (!source) return [];
      // An unnumbered bilaga (a template, a living contact list) is named by its title alone.
      const rubrik = b.nummer !== undefined ? `Bilaga ${b.nummer}. ${b.titel}` : `Bilaga: ${b.titel}`;
      const view = { ...baseView(input, title), nummer: b.nummer, rubrik, id: `bilaga-${b.nummer ?? `u${index + 1}`}`, html: hastToHtml(prose(proseEnv, source, data)) };
      return [{ id: view.id, rubrik, html: layout(env, templates, 'bilaga', view) }];
    });

  const headings = [
    ...sections.map((s) => ({ id: s.id ?? '', title: `${s.nr} ${s.titel ?? ''}` })),
    { id: 'underskrifter', title: 'Underskrifter' },
    ...bilagor.map((b) => ({ id: `${b.id}-rubrik`, title: b.rubrik })),
  ];
  const view = {
    ...baseView(input, title),
    undertitel: data.ärende.undertitel,
    intro: intro?.parts,
    visaInnehall: sections.length >= 3,
    avsnitt: sections,
    partlista: data.parter.map(partView),
    visaAdress: data.parter.some((p) => p.adress),
    visaKontakt: data.parter.some((p) => p.kontaktperson),
    mal: malView(data),
    ataganden: ataganden(data),
    syfte: syfteView(data),
    uppfoljning: uppfoljningView(data),
    organisation,
    finansiering,
    fakturering,
    avtalstid: avtalstidText(data),
    bilagelista: (data.bilagor ?? []).map((b) => ({ nummer: b.nummer, titel: b.titel, hanvisas: b.bifogas === false })),
    underskrifter: underskriftView(data),
    bilagor,
  };
  const compiled = compileShared(env, templates.layouts['avtal']);
  const numbered = { headings, sections: sections.length };
  const unnumbered = (css: string): string => compiled({ ...view, css, innehall: tocEntries(numbered, []) });
  const marked = unnumbered(CSS_MARK);
  const tocShown = marked !== compiled({ ...view, innehall: tocEntries(numbered, headings.map(() => 1)) });
  return {
    unnumbered: finishedHtml((css) => (css === CSS_MARK ? marked : unnumbered(css)), templates),
    tocShown,
    env,
    title,
    subject: `${data.ärende.undertitel ?? formatLista(data.parter.map((p) => p.namn))}, ${formatPeriod(data.avtalstid.start, data.avtalstid.slut)}`,
    view,
    headings,
    sections: sections.length,
    headerTemplate: compileShared(env, templates.partials['sidhuvud'] ?? '')({ ...view, css: templates.css, avtal: true }),
    footerTemplate: compileShared(env, templates.partials['sidfot'] ?? '')({ ...view, css: templates.css, avtal: true }),
    marginCss: marginCssOf(input, 'avtal'),
    layout: (v) => compiled(v),
  };
}

const TU_LATER = /^(ärendet|beskrivning av ärendet|förvaltningens bedömning)/iu;

export function hasTjansteutlatande(arende: ValidArende): boolean {
  return arende.data.tjänsteutlåtande !== undefined || arende.tjansteutlatande !== undefined;
}

/** Made once per input, like the agreement's parts: a document made ahead of printing is kept. */
const TJANSTEUTLATANDE = Symbol('iop.document.tjansteutlatande');

/** The officer's report asking the nämnd to approve the agreement. */
export function tjansteutlatandeDocument(input: DocumentInput): RenderedDocument {
  return derivedOn(input, TJANSTEUTLATANDE, makeTjansteutlatande);
}

function makeTjansteutlatande(input: DocumentInput): RenderedDocument {
  const { arende, templates } = input;
  const data = arende.data;
  const tu = data.tjänsteutlåtande;
  const env = environment(data, templates);
  const title = draftTitle(tu?.titel ?? data.ärende.titel, input.utkast);
  const yamlFile = arende.yaml.file;

  // The approval is written from the data only when the data does not word it (src/text/decision.ts).
  const points = [
    ...(approvalGenerated(tu) ? [escapeHtml(approvalText(data))] : []),
    ...statedPoints(tu).map(({ text }) => renderInline(env, { file: yamlFile, text }, data)),
  ];

  const sections = arende.tjansteutlatande ? splitSections(prose(createHandlebars(data), arende.tjansteutlatande, data)) : [];
  const has = (pattern: RegExp) => sections.some((s) => s.titel !== undefined && pattern.test(s.titel));
  const generated: Section[] = [];
  const samverkan = samverkanText(data);
  if (samverkan && !has(/^samverkan$/iu)) generated.push(section('Samverkan', [{ html: `<p>${escapeHtml(samverkan)}</p>` }], true));
  if (!has(/^bilagor$/iu)) generated.push(section('Bilagor', [{ block: 'tu-bilagor' }], true));
  const later = sections.findIndex((s) => s.titel !== undefined && TU_LATER.test(s.titel));
  sections.splice(later === -1 ? sections.length : later, 0, ...generated);

  const view = {
    ...baseView(input, title),
    nämnd: data.ärende.nämnd,
    utfärdat: tu?.utfärdat ? formatDatum(tu.utfärdat) : undefined,
    handläggare: tu?.handläggare,
    beslutspunkter: points,
    avsnitt: sections,
    // The report's one attachment is the agreement itself (with its own bilagor), by its title.
    bilagelista: [{ titel: data.ärende.titel }],
    undertecknare: tu?.undertecknare ?? [],
  };
  const marginCss = marginCssOf(input, 'tjansteutlatande');
  return withHtml(finishedHtml((css) => layout(env, templates, 'tjansteutlatande', { ...view, css }), templates), {
    kind: 'tjansteutlatande',
    title,
    subject: data.ärende.nämnd ? `Tjänsteutlåtande till ${data.ärende.nämnd}` : 'Tjänsteutlåtande',
    headerTemplate: compileShared(env, templates.partials['sidhuvud'] ?? '')({ ...view, css: templates.css, tjansteutlatande: true }),
    footerTemplate: compileShared(env, templates.partials['sidfot'] ?? '')({ ...view, css: templates.css, tjansteutlatande: true }),
    ...(marginCss !== undefined ? { marginCss } : {}),
    toc: [],
  });
}

/**
 * The running header and footer as page-margin boxes (running-head.ts): only for iop's own
 * sidhuvud.hbs and sidfot.hbs, which they copy, and not on a draft, whose red UTKAST they cannot set.
 */
function marginCssOf(input: DocumentInput, kind: 'avtal' | 'tjansteutlatande'): string | undefined {
  if (input.utkast || !isBundledPartial(input.templates, 'sidhuvud') || !isBundledPartial(input.templates, 'sidfot')) return undefined;
  const { ärende } = input.arende.data;
  return marginBoxCss(runningHead(kind, { titel: ärende.titel, diarienummer: diarienummerOf(input.arende.data), förvaltning: ärende.förvaltning, nämnd: ärende.nämnd, fingeravtryck: input.fingerprint }));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The HTML to search for what a template wrote: printHtml when there is one (the same, but for iop's own fonts). */
export function searchableHtml(doc: Pick<RenderedDocument, 'html' | 'printHtml'>): string {
  return doc.printHtml ?? doc.html;
}
