// `iop build`: checks, renders the PDFs and reports progress; the work is in src/build/build.ts.
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { formatText } from '../report/text.js';
import { shownPath } from '../report/where.js';
import type { BuildProgress, BuildResult } from '../build/build.js';
import type { Diagnostic } from '../model.js';
import { discoverArenden } from '../load/discover.js';
import type { Browser } from '../render/browser.js';
import { useColor } from './output.js';
import { mark } from '../render/timing.js';
import { limitHeapGrowth } from '../build/batch-heap.js';

export interface BuildCommandOptions {
  /** Unset: dist/ in the repository's root. */
  out?: string;
  html?: boolean;
  utkast?: boolean;
  browser?: string;
  watch?: boolean;
  sidor?: number;
  /** Only what went wrong: no progress, no "Skrev …", no warnings that do not stop the build. */
  quiet?: boolean;
  rot?: string;
}

const MESSAGES = {
  progress: (p: BuildProgress) => `Bygger ${p.index}/${p.total}: ${p.name} …`,
  refused: (name: string) => `${name}: ingen PDF byggdes eftersom ärendet har fel eller platshållare kvar. Rätta dem, eller bygg ett utkast med --utkast.`,
  config: (name: string) => `${name}: ingen PDF byggdes eftersom iop.config.yaml som ärendet använder har fel. Rätta den, eller bygg ett utkast med --utkast.`,
  invalid: (name: string) => `${name}: ingen PDF byggdes eftersom iop.yaml inte följer schemat (inte heller med --utkast).`,
  renderFailed: (name: string) => `${name}: ingen PDF byggdes eftersom en mall eller ett uttryck i texten inte gick att fylla i.`,
  timedOut: (name: string) => `${name}: ingen PDF byggdes eftersom ett dokument inte blev klart i tid.`,
  interrupted: 'iop: avbröts. PDF-filer som redan skrivits är hela, och inga halvskrivna filer finns kvar.',
  lowered: (name: string, rules: string) => `${name}: iop.config.yaml sänker eller stänger av regler som annars stoppar en slutlig PDF: ${rules}. PDF-filen anger dem i sin metadata (nyckelordet sänkt-regel).`,
  wrote: (file: string, pages?: number) => `Skrev ${file}${pages ? ` (${pages} ${pages === 1 ? 'sida' : 'sidor'})` : ''}`,
  done: (seconds: string) => `Klart på ${seconds} s.`,
};

function progressWriter(): (p: BuildProgress) => void {
  const stream = process.stderr;
  if (!stream.isTTY) return (p) => stream.write(MESSAGES.progress(p) + '\n');
  return (p) => {
    const width = 24;
    const filled = Math.round((p.index / p.total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    stream.write(`\r\u001b[2K${bar} ${MESSAGES.progress(p)}${p.index === p.total ? '\n' : ''}`);
  };
}

function report(result: BuildResult, cwd: string, options: BuildCommandOptions, blocksFinalBuild: (diagnostic: Diagnostic) => boolean): void {
  const err = process.stderr;
  // Quiet: the errors, and the warnings that stop a final build (they are why no PDF was made).
  const diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error' || (!options.utkast && blocksFinalBuild(d))) : result.diagnostics;
  if (diagnostics.length > 0) {
    err.write(formatText(diagnostics, { cwd, color: useColor(err), arenden: result.arenden.length }));
  }
  for (const item of result.arenden) {
    const name = shownPath(cwd, item.arende.arende.dir);
    if (item.skipped === 'fel') err.write(MESSAGES.refused(name) + '\n');
    else if (item.skipped === 'konfiguration') err.write(MESSAGES.config(name) + '\n');
    else if (item.skipped === 'ogiltig') err.write(MESSAGES.invalid(name) + '\n');
    else if (item.skipped === 'renderingsfel') err.write(MESSAGES.renderFailed(name) + '\n');
    else if (item.skipped === 'tidsgräns') err.write(MESSAGES.timedOut(name) + '\n');
    const lowered = item.decision.lowered.map((rule) => `${rule.id} (${rule.setting === 'off' ? 'av' : 'varning'})`);
    if (item.files.length > 0 && !item.decision.draft && lowered.length > 0) err.write(MESSAGES.lowered(name, lowered.join(', ')) + '\n');
    if (options.quiet) continue;
    for (const file of item.files) {
      err.write(MESSAGES.wrote(shownPath(cwd, file.pdf), file.pages) + '\n');
      if (file.html) err.write(MESSAGES.wrote(shownPath(cwd, file.html)) + '\n');
    }
  }
}

/**
 * Ctrl+C or a TERM signal during a build: every file is written whole or not at all (see
 * src/io/atomic.ts), so it is enough to say so and exit; the browser is killed by its own
 * exit hook (src/render/browser.ts).
 */
function interruptible<T>(work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals): void => {
    process.stderr.write(MESSAGES.interrupted + '\n');
    process.exit(signal === 'SIGINT' ? EXIT_INTERRUPTED : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return work().finally(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
}

async function buildOnce(paths: string[], options: BuildCommandOptions, cwd: string): Promise<BuildResult> {
  return interruptible(() => buildAndReport(paths, options, cwd));
}

/** `browser`: one the caller keeps open between builds (iop build --watch). */
async function buildAndReport(paths: string[], options: BuildCommandOptions, cwd: string, browser?: Browser): Promise<BuildResult> {
  const started = performance.now();
  // The browser starts before the rest of the renderer is even loaded: Chromium boots while
  // Handlebars, unified and pdf-lib load and the sources are checked. A bad path stops it first.
  let launching: Promise<import('../render/browser.js').LaunchedBrowser> | undefined;
  // A batch keeps its heap near what it holds (batch-heap.ts): set here, where iop owns the process,
  // not in the library's build(), whose caller's heap is its own.
  if (discoverArenden(paths, cwd).length > 1) limitHeapGrowth();
  if (!browser) {
    const { startBrowser } = await import('../render/browser.js');
    launching = startBrowser(options.browser);
    mark('webbläsaren startas');
  }
  const { build } = await import('../build/build.js');
  const result = await build(paths, { cwd, out: options.out, html: options.html, utkast: options.utkast, browserPath: options.browser, browser, launching, pages: options.sidor, root: options.rot, onProgress: options.quiet ? undefined : progressWriter() });
  // The rules are loaded by the build itself, after the browser has started: here only their verdict is asked for.
  const { blocksFinalBuild } = await import('../rules/index.js');
  report(result, cwd, options, blocksFinalBuild);
  if (!options.quiet && result.arenden.some((a) => a.files.length > 0)) process.stderr.write(MESSAGES.done(((performance.now() - started) / 1000).toFixed(1).replace('.', ',')) + '\n');
  return result;
}

export async function runBuild(paths: string[], options: BuildCommandOptions): Promise<void> {
  const cwd = process.cwd();
  if (options.watch) {
    const { runBuildWatch } = await import('./watch.js');
    return runBuildWatch(paths, { cwd, browserPath: options.browser }, (browser) => buildAndReport(paths, options, cwd, browser));
  }
  const result = await buildOnce(paths, options, cwd);
  process.exitCode = result.ok ? EXIT_OK : EXIT_PROBLEMS;
}
