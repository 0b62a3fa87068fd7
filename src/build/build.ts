// The build: check the whole batch, decide once which ärenden may be printed (decide.ts), then
// render each one's documents to PDF with one shared browser. render/ only renders.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { checkDirs, type CheckedArende, type CheckOptions, type CheckResult } from '../check.js';
import { discoverArenden } from '../load/discover.js';
import { defaultOutDir } from '../load/repository.js';
import type { Diagnostic, ValidArende } from '../model.js';
import { IopError } from '../errors.js';
import { packageVersion } from '../paths.js';
import { PagePool, startBrowser, type Browser, type LaunchedBrowser, type Page } from '../render/browser.js';
import { avtalDocument, hasTjansteutlatande, searchableHtml, tjansteutlatandeDocument, type DocumentInput, type DocumentKind, type RenderedDocument } from '../render/document.js';
import { RenderError } from '../render/errors.js';
import { FINGERPRINT_LENGTH, fingerprintOf, inputHashes } from '../render/fingerprint.js';
import type { Manifest } from '../render/manifest.js';
import type { PdfMetadata } from '../render/metadata.js';
import { inlineReader, loadPrintReading, workerReader, type PrintReader } from '../render/print-reader.js';
import { repositoryRoot } from '../load/repository-root.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';
import { NavigationAttempt, printWithToc, type WithPage } from '../render/pdf.js';
import { LayoutGuessRecord } from '../render/layout-pages.js';
import { navigationError, refuseNavigation, withPolicy } from '../render/policy.js';
import { mark } from '../render/timing.js';
import { assignPages } from '../render/toc.js';
import { decide, type Decision, type Refusal } from './decide.js';
import { diarienummerOf } from '../data/access.js';
import { renderTimeout, RenderTimeout, withTimeout } from './timeout.js';
import { writeOutput } from './write.js';
import type { PseudoId } from '../diagnostic-ids.js';

const MESSAGES = {
  browserDied: (done: number, total: number) =>
    `Webbläsaren avslutades oväntat under bygget, efter ${done} av ${total} ärenden. De PDF-filer som hann skrivas är hela; kör kommandot igen för att bygga resten.`,
};

export interface BuildOptions extends CheckOptions {
  /** Output folder; each ärende gets a subfolder named after its folder. Default: dist/ in the repository (src/load/repository.ts). */
  out?: string;
  /** Also write the HTML of each document. */
  html?: boolean;
  /** Build despite errors and mark every page as a draft. */
  utkast?: boolean;
  /** Path of the browser to use (otherwise found as described in browser.ts). */
  browserPath?: string;
  /** A browser the caller owns (a batch or a test); it is not closed. */
  browser?: Browser;
  /** How many documents print at once in the shared browser; default 2. */
  pages?: number;
  /** A browser the caller has begun to launch; build() uses it and closes it when done. */
  launching?: Promise<LaunchedBrowser>;
  /** How long one document (avtal or tjänsteutlåtande) may take to render; default IOP_RENDER_TIMEOUT_MS or 60 s. */
  renderTimeoutMs?: number;
  /** Reports progress, e.g. to print "Bygger 3/50: navet". */
  onProgress?: (event: BuildProgress) => void;
  env?: NodeJS.ProcessEnv;
}

export interface BuildProgress {
  index: number;
  total: number;
  name: string;
}

export interface BuiltFile {
  kind: DocumentKind;
  pdf: string;
  html?: string;
  pages?: number;
  /** How many times it was printed in full: 1, or more when the table of contents' page numbers moved headings. */
  passes?: number;
  /** Whether a headings-only print measured the table of contents' page numbers first (a first build). */
  measured?: boolean;
  /** Whether the table of contents' page numbers of its first full print came from the loaded page's layout (a first build). */
  laidOut?: boolean;
  /** How many times the document was loaded into the browser: once, unless its page numbers could not be written in place. */
  loads?: number;
}

export interface BuiltArende {
  arende: CheckedArende;
  outDir: string;
  files: BuiltFile[];
  /** Printed on every page; empty when the ärende was not built. */
  fingerprint: string;
  /** The whole SHA-256 the fingerprint is cut from; the PDF's file ID derives from it. */
  fingerprintHex: string;
  /** Every input's SHA-256, as the manifest in the PDF records them (render/fingerprint.ts). */
  inputs?: Record<string, string>;
  /** Why it was not built (errors without --utkast, invalid data, a render error, or a document that took too long). */
  skipped?: Refusal | 'renderingsfel' | 'tidsgräns';
  /** The decision made for it before anything was rendered (decide.ts). */
  decision: Decision;
  diagnostics: Diagnostic[];
}

export interface BuildResult {
  check: CheckResult;
  arenden: BuiltArende[];
  /** Diagnostics of the check plus those found while rendering. */
  diagnostics: Diagnostic[];
  errorCount: number;
  /** True when every ärende was built. */
  ok: boolean;
}

/** ärende.datum, SOURCE_DATE_EPOCH, the tjänsteutlåtande's date, then the start of the term: never the clock. */
export function documentDate(arende: ValidArende, env: NodeJS.ProcessEnv = process.env): Date {
  const { data } = arende;
  if (data.ärende.datum) return new Date(`${data.ärende.datum}T00:00:00Z`);
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${data.tjänsteutlåtande?.utfärdat ?? data.avtalstid.start}T00:00:00Z`);
}

/** Folder names under `out`: the ärende folder's name, or its path when two share a name. */
function outputNames(arenden: CheckedArende[], cwd: string): string[] {
  const names = arenden.map((a) => basename(a.arende.dir));
  return names.map((name, i) => (names.indexOf(name) !== names.lastIndexOf(name) ? relative(cwd, arenden[i]!.arende.dir).split(/[\\/]/).filter((p) => p && p !== '..').join('-') || name : name));
}

/**
 * Starts the browser while the sources are checked and the HTML is made: a cold build then costs
 * little more than the printing itself. A launch that fails is only reported if a PDF is needed.
 */
function launchEarly(options: BuildOptions): Promise<LaunchedBrowser> | undefined {
  if (options.browser) return undefined;
  return options.launching ?? startBrowser(options.browserPath, options.env);
}

export async function build(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  // Discovery errors (no such path) come before any browser starts.
  const dirs = discoverArenden(paths, cwd);
  const launching = launchEarly(options);
  try {
    return await buildWith(dirs, options, cwd, launching);
  } finally {
    // Whatever happened, a browser started early must not outlive the build.
    launching?.then((launched) => launched.close(), () => undefined);
  }
}

async function buildWith(dirs: string[], options: BuildOptions, cwd: string, launching: Promise<LaunchedBrowser> | undefined): Promise<BuildResult> {
  const result = checkDirs(dirs, { ...options, cwd });
  mark('kontrollen klar');
  const outRoot = options.out !== undefined ? resolve(cwd, options.out) : defaultOutDir(dirs, cwd);
  const names = outputNames(result.arenden, cwd);
  const renderDiagnostics: Diagnostic[] = [];

  const built: BuiltArende[] = result.arenden.map((checked, i) => {
    const decision = decide(checked, result.diagnostics, options.utkast === true, options.rules);
    return { arende: checked, outDir: join(outRoot, names[i]!), files: [], fingerprint: '', fingerprintHex: '', skipped: decision.refused, decision, diagnostics: checked.diagnostics };
  });
  const todo = built.filter((b) => b.skipped === undefined);
  // Templates, stylesheet and logo come from iop.config.yaml: refuse a bad one before a browser starts.
  const templates = new Map(todo.map((item) => [item, loadTemplates(item.arende.arende.config)] as const));
  for (const item of todo) {
    item.inputs = inputHashes(item.arende.arende, templates.get(item)!);
    item.fingerprintHex = fingerprintOf(item.inputs);
    item.fingerprint = item.fingerprintHex.slice(0, FINGERPRINT_LENGTH);
  }
  const timeout = renderTimeout(options);
  const layoutGuesses = new LayoutGuessRecord();
  const guesses = new Map<BuiltArende, Promise<Array<number | undefined> | undefined>>();
  // Each ärende's documents are made when its turn comes (or ahead, for the first), and let go of
  // once it is built: a batch keeps only those in progress. No list of them all may outlive that.
  const inputs = new Map<BuiltArende, DocumentInput>();
  const inputOf = (item: BuiltArende): DocumentInput => {
    let input = inputs.get(item);
    if (!input) inputs.set(item, (input = documentInput(item, templates.get(item)!, options)));
    return input;
  };
  const poolSize = options.pages ?? DEFAULT_PAGES;

  let launched: LaunchedBrowser | undefined;
  let browser: Browser | undefined;
  let written = 0;
  let browserGone = false;
  let closing: Promise<void> | undefined;
  const failures: unknown[] = [];
  // A batch reads and finishes its prints in a worker thread, this thread meanwhile keeping the
  // pages busy; a single ärende, whose prints come all at once, reads them here.
  const batch = todo.length > 1;
  const reader = batch ? workerReader() : inlineReader();
  try {
    if (todo.length > 0) {
      // As soon as the browser is up it opens its pages, while the first documents are made:
      // printing can begin the moment both are ready.
      const ready = (options.browser ? Promise.resolve(options.browser) : launching!.then((l) => (launched = l).browser)).then(async (b) => {
        mark('webbläsaren startad');
        // A browser we started has one empty tab, ready to use; a caller's browser is left as it is.
        const blank = options.browser ? [] : (await b.pages()).filter((page) => page.url() === 'about:blank').slice(0, 1);
        const pool = new PagePool(b, poolSize, options.env, blank);
        pool.openAhead(todo.length * 2);
        return { browser: b, pool };
      });
      ready.catch(() => undefined);
      for (const item of todo.slice(0, poolSize)) {
        await prepareDocuments(inputOf(item));
        // A rebuild reads the earlier PDF's page numbers meanwhile too.
        guesses.set(item, readTocGuess(item, inputOf(item), reader));
      }
      mark('första dokumenten gjorda');
      // Whatever time is left while the browser starts goes to loading pdf-lib (a worker loads its own).
      if (!batch) loadPrintReading().catch(() => undefined);
      const { pool, browser: ours } = await ready;
      browser = ours;
      let started = 0;
      let printed = 0;
      // Once every document is printed and finished, a browser we started closes while the last files are written.
      const printedAll = (): void => {
        if (++printed === todo.length && launched) closing = launched.close();
      };
      // Settled, not raced: nothing may still be writing when the browser closes or the error is shown.
      await Promise.allSettled(
        todo.map(async (item) => {
          try {
            const input = inputOf(item);
            inputs.delete(item);
            // Read when the ärende's turn comes, unless read ahead while the browser started.
            const guess = (): Promise<Array<number | undefined> | undefined> => guesses.get(item) ?? readTocGuess(item, input, reader);
            await buildArende(item, pool, { reader, layoutGuesses }, input, guess, timeout, options, () => options.onProgress?.({ index: ++started, total: todo.length, name: basename(item.arende.arende.dir) }), printedAll);
            written++;
          } catch (error) {
            if (error instanceof RenderError) {
              item.skipped = 'renderingsfel';
              renderDiagnostics.push(error.toDiagnostic());
            } else if (error instanceof RenderTimeout) {
              item.skipped = 'tidsgräns';
              renderDiagnostics.push(error.toDiagnostic(item.arende.arende.yaml.file));
            } else {
              failures.push(error);
            }
          }
        }),
      );
      // A browser that is gone before we closed it crashed or was killed.
      browserGone = closing === undefined && !browser.connected;
      // The caller's browser keeps no tabs of ours; one we started is ended whole.
      if (options.browser) await pool.close();
    }
  } finally {
    await Promise.all([closing ?? launched?.close(), reader.close()]);
    mark('webbläsaren stängd');
  }
  if (failures.length > 0) {
    if (browserGone) throw new IopError(MESSAGES.browserDied(written, todo.length));
    throw failures.find((f) => f instanceof IopError) ?? failures[0];
  }
  const diagnostics = [...result.diagnostics, ...renderDiagnostics];
  return {
    check: result,
    arenden: built,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    ok: built.every((b) => b.skipped === undefined),
  };
}

/**
 * Where the headings fell in the PDF this build replaces, as a guess for the table of contents.
 * Any problem reading it just means no guess: the pages are then found by printing twice.
 */
async function previousTocPages(file: string, doc: RenderedDocument, reader: PrintReader): Promise<Array<number | undefined> | undefined> {
  if (doc.toc.length === 0 || !existsSync(file)) return undefined;
  try {
    const { outline } = await reader.read(readFileSync(file), { outline: true });
    return assignPages(doc.toc, searchableHtml(doc), outline ?? []);
  } catch {
    return undefined;
  }
}

/** Two pages keep two cores busy; more help on larger machines (iop build --sidor). */
export const DEFAULT_PAGES = 2;

/**
 * Tests only: IOP_TEST_STALL=<folder name> makes that ärende's rendering hang like a page that
 * never finishes loading: it ends only with the timeout, or when the browser goes away.
 */
function stalled(arende: ValidArende, page: Page, env: NodeJS.ProcessEnv): Promise<void> {
  if (env['IOP_TEST_STALL'] !== basename(arende.dir)) return Promise.resolve();
  return new Promise<void>((_, reject) => page.browser().once('disconnected', () => reject(new Error('Webbläsaren avslutades oväntat.'))));
}

function documentInput(item: BuiltArende, templates: TemplateSet, options: BuildOptions): DocumentInput {
  return { arende: printable(item.arende), templates, fingerprint: item.fingerprint, utkast: options.utkast ?? false };
}

/**
 * Makes an ärende's documents ahead of printing (they are kept with the input). A template that
 * fails is not reported here: it fails again when the ärende is built, and is reported there.
 */
async function prepareDocuments(input: DocumentInput): Promise<void> {
  const make = [() => avtalDocument(input), ...(hasTjansteutlatande(input.arende) ? [() => tjansteutlatandeDocument(input)] : [])];
  for (const document of make) {
    // Between pieces of work, the starting browser's messages get through: it is not kept waiting.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      document();
    } catch {
      // reported by buildArende
    }
  }
}

/** The table of contents' page numbers in the agreement this build replaces, if it can be read. */
function readTocGuess(item: BuiltArende, input: DocumentInput, reader: PrintReader): Promise<Array<number | undefined> | undefined> {
  try {
    return previousTocPages(join(item.outDir, 'avtal.pdf'), avtalDocument(input), reader);
  } catch {
    return Promise.resolve(undefined);
  }
}

/** `printedAll` is called once every document of the ärende is printed and finished, before the files are written. */
async function buildArende(item: BuiltArende, pool: PagePool, { reader, layoutGuesses }: { reader: PrintReader; layoutGuesses: LayoutGuessRecord }, input: DocumentInput, tocGuess: () => Promise<Array<number | undefined> | undefined>, timeout: number, options: BuildOptions, started: () => void, printedAll: () => void): Promise<void> {
  const arende = input.arende;
  const env = options.env ?? process.env;
  const kinds: DocumentKind[] = hasTjansteutlatande(arende) ? ['avtal', 'tjansteutlatande'] : ['avtal'];
  const date = documentDate(arende, options.env);
  // Both documents are printed to memory first, at once (in a batch the pages serve other
  // ärenden meanwhile); a failure leaves every earlier file as it was. A page is given back as
  // soon as it has printed: the print is read and finished without it.
  started();
  const printing = kinds.map(async (kind) => {
    const make = (toc: Array<number | undefined>): RenderedDocument => (kind === 'avtal' ? avtalDocument(input, toc) : tjansteutlatandeDocument(input));
    const refuse = (doc: RenderedDocument): void => refuseNavigation(searchableHtml(doc), input.templates, kind);
    // The time limit runs while the document has a page, not while it waits for one in a batch.
    const withPage: WithPage = (work) => pool.use((page) => withTimeout(stalled(arende, page, env).then(() => work(page)), timeout, `${kind}.pdf`));
    const finish = (doc: RenderedDocument) => ({ manifest: manifestOf(item, kind, input.utkast, options), metadata: metadataOf(item, arende, doc, kind, date, input.utkast) });
    const guess = kind === 'avtal' ? tocGuess : undefined;
    const printed = await printWithToc(withPage, make, { reader, finish, guess, refuse, timeout, layoutGuesses }).catch((error: unknown) => {
      throw error instanceof NavigationAttempt ? navigationError(error.url, input.templates, kind) : error;
    });
    mark(`${kind}: klart`);
    return { kind, printed };
  });
  Promise.all(printing).then(printedAll, () => undefined);
  const outputs = await Promise.all(printing);
  for (const { kind, printed } of outputs) {
    const pdfFile = join(item.outDir, `${kind}.pdf`);
    writeOutput(pdfFile, printed.pdf);
    const file: BuiltFile = { kind, pdf: pdfFile, pages: printed.pages, passes: printed.passes, measured: printed.measured > 0, laidOut: printed.guessedFromLayout, loads: printed.loads };
    if (options.html) {
      file.html = join(item.outDir, `${kind}.html`);
      writeOutput(file.html, withPolicy(printed.doc.html));
    }
    item.files.push(file);
  }
}

/** The document information of a PDF: its title, the ärende's förvaltning and diarienummer, the fingerprint, and a file ID from it. */
function metadataOf(item: BuiltArende, arende: ValidArende, doc: RenderedDocument, kind: DocumentKind, date: Date, utkast: boolean): PdfMetadata {
  const { ärende } = arende.data;
  const diarienummer = diarienummerOf(arende.data);
  return {
    title: doc.title,
    ...(ärende.förvaltning !== undefined ? { author: ärende.förvaltning } : {}),
    subject: doc.subject,
    keywords: [
      'IOP',
      'idéburet offentligt partnerskap',
      ...(diarienummer !== undefined ? [diarienummer] : []),
      `fingeravtryck:${item.fingerprint}`,
      ...item.decision.lowered.map((rule) => `sänkt-regel:${rule.id}`),
      ...(utkast ? ['UTKAST'] : []),
    ],
    date,
    id: createHash('sha256').update(`${item.fingerprintHex}\0${kind}\0${utkast ? 'utkast' : 'slutlig'}`).digest('hex'),
    producer: `iop ${packageVersion()}`,
  };
}

/** What the PDF records of its making, for `iop verify`. */
function manifestOf(item: BuiltArende, kind: DocumentKind, utkast: boolean, options: BuildOptions): Manifest {
  const dir = item.arende.arende.dir;
  const base = repositoryRoot(dir) ?? options.cwd ?? process.cwd();
  return {
    format: 1,
    iop: packageVersion(),
    dokument: kind,
    ärende: relative(base, dir).split(sep).join('/') || '.',
    utkast,
    fingeravtryck: item.fingerprintHex,
    sänkta_regler: item.decision.lowered.map((rule) => rule.id),
    indata: item.inputs ?? {},
  };
}

/** The ärende as printed: its data, or for a draft of data that breaks the schema, what the schema accepts of it. */
function printable(checked: CheckedArende): ValidArende {
  return checked.valid || checked.draft === undefined ? (checked.arende as ValidArende) : { ...checked.arende, data: checked.draft };
}
