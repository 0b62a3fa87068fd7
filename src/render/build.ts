// The build pipeline: check, then render each ärende's documents to PDF with one shared browser.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { check, type CheckedArende, type CheckOptions, type CheckResult } from '../check.js';
import type { Diagnostic, ValidArende } from '../model.js';
import { PACKAGE_ROOT } from '../paths.js';
import { writeFileAtomic } from './atomic-write.js';
import { launchBrowser, PagePool, resolveBrowser, type Browser, type LaunchedBrowser } from './browser.js';
import { avtalDocument, hasTjansteutlatande, tjansteutlatandeDocument, type DocumentInput, type DocumentKind } from './document.js';
import { RenderError } from './errors.js';
import { fingerprint, fingerprintHex } from './fingerprint.js';
import { applyMetadata } from './metadata.js';
import { printWithToc } from './pdf.js';
import { loadTemplates } from './templates.js';

export interface BuildOptions extends CheckOptions {
  /** Output folder; each ärende gets a subfolder named after its folder. Default "dist". */
  out?: string;
  /** Also write the HTML of each document. */
  html?: boolean;
  /** Build despite errors and mark every page as a draft. */
  utkast?: boolean;
  /** Path of the browser to use (otherwise found as described in browser.ts). */
  browserPath?: string;
  /** A browser the caller owns (a batch or a test); it is not closed. */
  browser?: Browser;
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
}

export interface BuiltArende {
  arende: CheckedArende;
  outDir: string;
  files: BuiltFile[];
  fingerprint: string;
  /** Why it was not built (errors without --utkast, invalid data, or a render error). */
  skipped?: 'fel' | 'ogiltig' | 'renderingsfel';
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

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
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

export async function build(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const result = check(paths, { ...options, cwd });
  const outRoot = resolve(cwd, options.out ?? 'dist');
  const names = outputNames(result.arenden, cwd);
  const renderDiagnostics: Diagnostic[] = [];

  const built: BuiltArende[] = result.arenden.map((checked, i) => {
    const hasErrors = checked.diagnostics.some((d) => d.severity === 'error');
    const skipped = !checked.valid ? 'ogiltig' : hasErrors && !options.utkast ? 'fel' : undefined;
    return { arende: checked, outDir: join(outRoot, names[i]!), files: [], fingerprint: fingerprint(checked.arende.dir), skipped, diagnostics: checked.diagnostics };
  });
  const todo = built.filter((b) => b.skipped === undefined);

  let launched: LaunchedBrowser | undefined;
  try {
    if (todo.length > 0) {
      let browser = options.browser;
      if (!browser) {
        launched = await launchBrowser(await resolveBrowser(options.browserPath, options.env));
        browser = launched.browser;
      }
      const pool = new PagePool(browser, 2);
      let started = 0;
      await Promise.all(
        todo.map(async (item) => {
          try {
            await buildArende(item, pool, options, () => options.onProgress?.({ index: ++started, total: todo.length, name: basename(item.arende.arende.dir) }));
          } catch (error) {
            if (!(error instanceof RenderError)) throw error;
            item.skipped = 'renderingsfel';
            renderDiagnostics.push(error.toDiagnostic());
          }
        }),
      );
    }
  } finally {
    await launched?.close();
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

async function buildArende(item: BuiltArende, pool: PagePool, options: BuildOptions, started: () => void): Promise<void> {
  const arende = item.arende.arende as ValidArende;
  const input: DocumentInput = { arende, templates: loadTemplates(arende.config), fingerprint: item.fingerprint, utkast: options.utkast ?? false };
  const kinds: DocumentKind[] = hasTjansteutlatande(arende) ? ['avtal', 'tjansteutlatande'] : ['avtal'];
  // Render both to memory first: a failure leaves every earlier file as it was.
  const outputs = await pool.use(async (page) => {
    started();
    const done: Array<{ kind: DocumentKind; pdf: Uint8Array; html: string; pages: number }> = [];
    for (const kind of kinds) {
      const printed = await printWithToc(page, (toc) => (kind === 'avtal' ? avtalDocument(input, toc) : tjansteutlatandeDocument(input)));
      const id = createHash('sha256').update(`${fingerprintHex(arende.dir)}\0${kind}\0${input.utkast ? 'utkast' : 'slutlig'}`).digest('hex');
      const { pdf, pages } = await applyMetadata(printed.pdf, {
        title: printed.doc.title,
        author: arende.data.ärende.förvaltning,
        subject: printed.doc.subject,
        keywords: ['IOP', 'idéburet offentligt partnerskap', arende.data.ärende.diarienummer, `fingeravtryck:${item.fingerprint}`, ...(input.utkast ? ['UTKAST'] : [])],
        date: documentDate(arende, options.env),
        id,
        producer: `iop ${version()}`,
      });
      done.push({ kind, pdf, html: printed.doc.html, pages });
    }
    return done;
  });
  for (const output of outputs) {
    const pdfFile = join(item.outDir, `${output.kind}.pdf`);
    writeFileAtomic(pdfFile, output.pdf);
    const file: BuiltFile = { kind: output.kind, pdf: pdfFile, pages: output.pages };
    if (options.html) {
      file.html = join(item.outDir, `${output.kind}.html`);
      writeFileAtomic(file.html, output.html);
    }
    item.files.push(file);
  }
}

