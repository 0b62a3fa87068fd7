// `iop build --watch`: builds, then builds again whenever a source changes, with one browser for
// the whole session. Builds never overlap; a failed build is reported and watching goes on.
// Ends only on Ctrl+C (exit code 130) or SIGTERM (143), like an interrupted `iop build`.
import { EXIT_INTERRUPTED, IopError } from '../errors.js';
import { serialRunner, watchSources } from '../io/watch.js';
import { ConfigResolver } from '../load/config.js';
import { discoverArenden } from '../load/discover.js';
import { startBrowser, type Browser, type LaunchedBrowser } from '../render/browser.js';
import { forgetTemplates, templateSources } from '../render/templates.js';

const EXIT_TERMINATED = 143;

const MESSAGES = {
  watching: 'Bevakar källfilerna. Avsluta med Ctrl+C.',
  rebuilding: 'Källfilerna ändrades; bygger om …',
  relaunching: 'Webbläsaren hade avslutats; startar den igen.',
  failed: (message: string) => `iop: bygget misslyckades: ${message} Bevakar vidare.`,
  stopped: 'Bevakningen är avslutad.',
};

export interface WatchBuildOptions {
  cwd: string;
  browserPath?: string;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** Never returns normally: the process ends with the signal that stopped it. */
export async function runBuildWatch(paths: string[], options: WatchBuildOptions, buildOnce: (browser: Browser) => Promise<unknown>): Promise<void> {
  const dirs = discoverArenden(paths, options.cwd);
  const configs = new ConfigResolver();
  const configFiles = dirs.flatMap((dir) => {
    const { config } = configs.forDir(dir);
    // The config itself and the templates, stylesheet and logo it names.
    return [...(config.file ? [config.file] : []), ...templateSources(config)];
  });

  let stopping = false;
  let launched: LaunchedBrowser | undefined;
  let watcher: { close(): void } | undefined;
  // Installed before the browser starts, so this runs first on Ctrl+C: a build in progress is
  // abandoned (files are written whole or not at all) and the browser is closed.
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    watcher?.close();
    process.stderr.write(`\n${MESSAGES.stopped}\n`);
    const code = signal === 'SIGINT' ? EXIT_INTERRUPTED : EXIT_TERMINATED;
    void (launched?.close() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const browser = async (): Promise<Browser> => {
    if (launched && !launched.browser.connected) {
      process.stderr.write(MESSAGES.relaunching + '\n');
      await launched.close();
      launched = undefined;
    }
    launched ??= await startBrowser(options.browserPath);
    return launched.browser;
  };

  let first = true;
  const runner = serialRunner(
    async () => {
      if (stopping) return;
      if (!first) process.stderr.write(MESSAGES.rebuilding + '\n');
      first = false;
      // The repository's own templates may be what changed: read them again.
      forgetTemplates();
      await buildOnce(await browser());
    },
    (error) => {
      if (stopping) return;
      // Without a browser nothing can ever be built: stop instead of failing on every save.
      if (error instanceof IopError && launched === undefined) {
        process.stderr.write(`iop: ${error.message}\n`);
        process.exit(error.exitCode);
      }
      process.stderr.write(MESSAGES.failed(describe(error)) + '\n');
    },
  );

  runner.request();
  await runner.idle();
  if (stopping) return new Promise<never>(() => undefined);
  watcher = watchSources(dirs, () => runner.request(), { files: configFiles, onError: (error) => process.stderr.write(`iop: ${describe(error)}\n`) });
  process.stderr.write(MESSAGES.watching + '\n');
  return new Promise<never>(() => undefined);
}
