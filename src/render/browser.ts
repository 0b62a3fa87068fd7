// Finds and launches a Chromium-family browser at run time (nothing is downloaded at install),
// and hands out locked-down pages: no JavaScript, no requests except the document's own data: URLs.
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type CDPSession, type HTTPRequest, type Page } from 'puppeteer-core';
import { IopError } from '../errors.js';
import { bundledChromium } from './bundled-browser.js';
import { headerFontAsSystemFont, installHeaderFont } from './header-font-config.js';
import { printsMarginBoxes } from './running-head.js';
import { mark } from './timing.js';

export type { Browser, Page } from 'puppeteer-core';

const MESSAGES = {
  notFound:
    'Hittar ingen webbläsare att skapa PDF med. Installera Chromium (t.ex. "sudo apt-get install chromium") eller Google Chrome, ' +
    'eller ange sökvägen med --browser eller miljövariabeln IOP_BROWSER.',
  missing: (path: string, source: string) =>
    `Webbläsaren ${path} (från ${source}) finns inte. Ange sökvägen till Chrome, Chromium eller Edge, eller ta bort inställningen så letar iop själv.`,
  notExecutable: (path: string, source: string) => `Webbläsaren ${path} (från ${source}) är ingen körbar fil. Ange sökvägen till själva programmet för Chrome, Chromium eller Edge.`,
  launchFailed: (path: string, reason: string) => `Kunde inte starta webbläsaren ${path}. Kontrollera att det är Chrome, Chromium eller Edge (tekniskt fel: ${reason}).`,
  disconnected: 'Webbläsaren avslutades oväntat.',
};

export interface BrowserChoice {
  executablePath: string;
  /** Where the choice came from, for messages. */
  source: string;
  /** Extra arguments the browser build needs (only @sparticuz/chromium has any). */
  args: string[];
  headless: true | 'shell';
  /** Extra environment for the browser process. */
  env?: Record<string, string>;
}

const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Microsoft\\Edge\\Application\\msedge.exe'),
    join(process.env['LOCALAPPDATA'] ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

/**
 * --browser, IOP_BROWSER, PUPPETEER_EXECUTABLE_PATH, a system browser, then @sparticuz/chromium.
 * IOP_BROWSER_SKIP_SYSTEM=1 skips the system lookup and IOP_BROWSER_SKIP_BUNDLED=1 the bundled
 * one (used by tests of the fallback and of the message when there is none).
 */
export async function resolveBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<BrowserChoice> {
  const configured: Array<[string | undefined, string]> = [
    [explicit, '--browser'],
    [env['IOP_BROWSER'], 'IOP_BROWSER'],
    [env['PUPPETEER_EXECUTABLE_PATH'], 'PUPPETEER_EXECUTABLE_PATH'],
  ];
  for (const [path, source] of configured) {
    if (path === undefined || path === '') continue;
    if (!existsSync(path)) throw new IopError(MESSAGES.missing(path, source));
    // Spawning a file that cannot run fails in a way puppeteer does not catch: refuse it here.
    if (!isExecutableFile(path)) throw new IopError(MESSAGES.notExecutable(path, source));
    return { executablePath: path, source, args: [], headless: true };
  }
  if (env['IOP_BROWSER_SKIP_SYSTEM'] !== '1') {
    const found = (SYSTEM_BROWSERS[process.platform] ?? []).find((path) => existsSync(path));
    if (found) return { executablePath: found, source: 'systemet', args: [], headless: true };
  }
  const bundled = env['IOP_BROWSER_SKIP_BUNDLED'] === '1' ? undefined : await sparticuzChromium(env);
  if (bundled) return bundled;
  throw new IopError(MESSAGES.notFound);
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * How @sparticuz/chromium's build is run. The package's own list (its `args`) is made for AWS
 * Lambda: one process (no renderers of their own, so two pages print one after the other), web
 * security off and insecure content allowed, none of which a document printer wants, and reading
 * it means loading the package's code before the browser can start. iop keeps its own list: no
 * sandbox (the package's build has none to offer here, and the page runs no script and reaches
 * nothing outside the document), and shared memory in the temporary folder instead of /dev/shm,
 * which containers keep small. The PDFs are the same, byte for byte.
 */
const BUNDLED_FLAGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-features=AudioServiceOutOfProcess,IsolateOrigins,site-per-process',
  '--disable-site-isolation-trials',
  '--disable-print-preview',
  '--disable-domain-reliability',
  '--no-pings',
];

/**
 * @sparticuz/chromium's browser, unpacked into the user's cache (see bundled-browser.ts).
 * Undefined when the package is not installed.
 */
async function sparticuzChromium(env: NodeJS.ProcessEnv): Promise<BrowserChoice | undefined> {
  const bundled = await bundledChromium(env);
  if (!bundled) return undefined;
  return { executablePath: bundled.executablePath, source: '@sparticuz/chromium', args: BUNDLED_FLAGS, headless: 'shell', env: amazonLinuxEnv(bundled.dir) };
}

/**
 * On Amazon Linux 2023 (AWS Lambda, CodeBuild) the package points the dynamic linker and
 * fontconfig at the libraries and fonts it would unpack into the temporary folder, when loaded;
 * the browser gets the unpacked copies in the cache instead.
 */
function amazonLinuxEnv(dir: string): Record<string, string> {
  const packageLibs = join(tmpdir(), 'al2023', 'lib');
  const paths = (process.env['LD_LIBRARY_PATH'] ?? '').split(':');
  if (!paths.includes(packageLibs)) return {};
  return {
    LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), ...paths.filter((p) => p !== packageLibs && p !== '')].join(':'),
    FONTCONFIG_PATH: join(dir, 'fonts'),
  };
}

const FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
  '--font-render-hinting=none',
];

/** Chromium's ProcessSingleton socket: <TMPDIR>/org.chromium.Chromium.XXXXXX/SingletonSocket. */
const SOCKET_SUFFIX = '/org.chromium.Chromium.XXXXXX/SingletonSocket';
const MAX_SOCKET_PATH = 100;

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile folder; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Puppeteer starts the browser detached, as the leader of its own process group: killing the
 * group also ends its zygote, renderer and GPU processes, so none outlives the run.
 */
function killProcessTree(child: ChildProcess | null): void {
  if (!child?.pid) return;
  if (process.platform !== 'win32') {
    try {
      process.kill(-child.pid, 'SIGKILL');
      return;
    } catch {
      // not a group leader, or already gone: fall back to the process itself
    }
  }
  try {
    child.kill('SIGKILL');
  } catch {
    // already gone
  }
}

const BROWSERS_WITH_HEADER_FONT = new WeakSet<Browser>();

const MARGIN_BOXES = new WeakMap<Browser, Promise<boolean>>();

/** Whether the browser prints CSS page-margin boxes (running-head.ts); asked of it once. */
export function printsMarginBoxesIn(browser: Browser): Promise<boolean> {
  let answer = MARGIN_BOXES.get(browser);
  if (!answer) {
    answer = browser.version().then(printsMarginBoxes, () => false);
    MARGIN_BOXES.set(browser, answer);
  }
  return answer;
}

/** Whether the browser has the running header's font as a system font (header-font-config.ts). */
export function hasSystemHeaderFont(browser: Browser): boolean {
  return BROWSERS_WITH_HEADER_FONT.has(browser);
}

/**
 * Whether a failed start may succeed when tried again. On a loaded machine the browser now and
 * then closes its renderer target during start-up ("Protocol error … Target closed"), and a second
 * start works. A program that is missing or may not be run, or a start that ran out of time, would
 * only fail again (and later).
 */
export function isTransientLaunchFailure(error: unknown): boolean {
  if (error instanceof TimeoutError) return false;
  if (!(error instanceof Error)) return true;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EACCES') return false;
  // Puppeteer checks that the program exists itself, and passes on spawn errors only as text.
  return !/\b(ENOENT|EACCES)\b|Browser was not found/.test(error.message.split('\n')[0] ?? '');
}

interface Launched {
  browser: Browser;
  userDataDir: string;
  /** Whether the browser keeps its temporary files in the profile folder. */
  ownTemp: boolean;
}

/** One start of the browser, in a fresh throwaway profile folder that is removed if the start fails. */
async function launchOnce(choice: BrowserChoice, systemHeaderFont: boolean): Promise<Launched> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'iop-chromium-'));
  // The browser's own temporary files go inside the profile folder too, so removing that folder
  // leaves nothing behind even when the browser was killed (it cleans up only when it exits
  // normally). Not when that would make its singleton socket's path too long for the system
  // (about 104 bytes; e.g. macOS's long TMPDIR): then it keeps the usual temporary folder.
  const browserTemp = join(userDataDir, 'tmp');
  const ownTemp = browserTemp.length + SOCKET_SUFFIX.length <= MAX_SOCKET_PATH;
  if (ownTemp) mkdirSync(browserTemp);
  const fontEnv = systemHeaderFont ? installHeaderFont(userDataDir, { ...process.env, ...choice.env }) : {};
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = [...new Set([...choice.args, ...FLAGS, ...(root || process.env['IOP_BROWSER_NO_SANDBOX'] === '1' ? ['--no-sandbox'] : [])])];
  try {
    const browser = await puppeteer.launch({
      executablePath: choice.executablePath,
      headless: choice.headless,
      args,
      userDataDir,
      env: { ...process.env, ...choice.env, ...fontEnv, ...(ownTemp ? { TMPDIR: browserTemp, TMP: browserTemp, TEMP: browserTemp } : {}) },
      // We remove the profile and kill the process ourselves, on every exit path.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      pipe: true,
      protocolTimeout: 120_000,
    });
    return { browser, userDataDir, ownTemp };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Starts the browser, a second time if the first start failed in a way that may pass (isTransientLaunchFailure). */
export async function launchBrowser(choice: BrowserChoice): Promise<LaunchedBrowser> {
  const systemHeaderFont = headerFontAsSystemFont();
  let launched: Launched;
  try {
    launched = await launchOnce(choice, systemHeaderFont).catch((error: unknown) => {
      if (!isTransientLaunchFailure(error)) throw error;
      return launchOnce(choice, systemHeaderFont);
    });
  } catch (error) {
    throw new IopError(MESSAGES.launchFailed(choice.executablePath, error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)));
  }
  const { browser, userDataDir, ownTemp } = launched;
  if (systemHeaderFont) BROWSERS_WITH_HEADER_FONT.add(browser);
  let closed = false;
  const kill = (): void => {
    killProcessTree(browser.process());
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  // A signal ends the run; the browser must not outlive it.
  const onSignal = (signal: NodeJS.Signals): void => {
    kill();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', kill);
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('exit', kill);
      // A browser whose every file is in the throwaway profile, in a process group that can be
      // ended at once, needs nothing more; asking it to shut down takes a tenth of a second of every
      // build. Otherwise it is asked, so that it removes what it keeps in the shared temporary folder.
      const child = browser.process();
      const groupKill = ownTemp && process.platform !== 'win32' && child?.pid !== undefined;
      try {
        const exited = child && child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise((resolve) => (timer = setTimeout(resolve, 5000)));
        if (groupKill) killProcessTree(child);
        await Promise.race([groupKill ? exited : browser.close(), limit]);
        clearTimeout(timer);
      } finally {
        kill();
      }
    },
  };
}

/**
 * Finds and launches the browser in one step, started now and awaited later (a cold build starts it
 * before anything else). A failure is kept in the promise, for whoever awaits it: a build that
 * needs no PDF never does, and must not see it reported as unhandled.
 */
export function startBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): Promise<LaunchedBrowser> {
  const launching = resolveBrowser(explicit, env).then(launchBrowser);
  launching.catch(() => undefined);
  return launching;
}

/** Only data: URLs (fonts, logo, images) may load; the document itself is set as content. */
function allowRequest(request: HTTPRequest): boolean {
  const url = request.url();
  return url.startsWith('data:') || url === 'about:blank';
}

/** For tests and troubleshooting: IOP_DEBUG_REQUESTS=1 logs every request the page makes and what became of it. */
function requestLogger(env: NodeJS.ProcessEnv): ((verdict: 'tillåten' | 'blockerad', url: string) => void) | undefined {
  if (env['IOP_DEBUG_REQUESTS'] !== '1') return undefined;
  return (verdict, url) => process.stderr.write(`iop-debug: begäran ${verdict}: ${url.startsWith('data:') ? `${url.slice(0, 40)}…` : url}\n`);
}

const navigations = new WeakMap<Page, string>();

/**
 * Where the page tried to go since the last call (a meta refresh, say), if anywhere; the request
 * itself was blocked. Forgets it, so the next document starts afresh.
 */
export function takeNavigation(page: Page): string | undefined {
  const url = navigations.get(page);
  navigations.delete(page);
  return url;
}

/**
 * A page for documents: JavaScript off, every request outside the document blocked, print media.
 * `blank` is an
 * empty tab to use instead of a new one (the tab a browser starts with).
 */
export async function openDocumentPage(browser: Browser, env: NodeJS.ProcessEnv = process.env, blank?: Page): Promise<Page> {
  const page = blank ?? (await browser.newPage());
  // Laid out for print from the start, so that a layout the page measures is the print's (layout-pages.ts).
  await Promise.all([page.setJavaScriptEnabled(false), page.setRequestInterception(true), page.emulateMediaType('print')]);
  const log = requestLogger(env);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    // The document is set as content, never navigated to: any navigation of the page is an attempt to leave it.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.set(page, request.url());
    const allowed = allowRequest(request);
    log?.(allowed ? 'tillåten' : 'blockerad', request.url());
    // A request may outlive its page (a crash, a timeout): its answer then has nowhere to go.
    if (allowed) request.continue().catch(() => undefined);
    else request.abort('blockedbyclient').catch(() => undefined);
  });
  return page;
}

/** What a page's heap holds, V8's and the DOM's; Infinity when the browser does not say how large its DOM is. */
export function heapBytes(usage: { usedSize: number; embedderHeapUsedSize?: number }): number {
  return usage.embedderHeapUsedSize === undefined ? Infinity : usage.usedSize + usage.embedderHeapUsedSize;
}

/** A page whose heap holds more than this is collected before its next document (PagePool). */
export const PAGE_HEAP_LIMIT = 48 * 1024 * 1024;

/** A fixed number of pages shared by a batch; `use` waits for a free one. */
export class PagePool {
  private readonly free: Page[] = [];
  private readonly waiting: Array<{ resolve: (page: Page) => void; reject: (error: unknown) => void }> = [];
  private created = 0;
  private closed = false;

  /**
   * `blank`: empty tabs the pool may use before it opens new ones, such as the tab a browser we
   * launched starts with; opening a tab costs a new renderer process.
   */
  constructor(
    private readonly browser: Browser,
    private readonly size = 2,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly blank: Page[] = [],
  ) {}

  /** Runs `work` on a free page. A page whose work failed is closed and replaced: it may still be busy. */
  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    let succeeded = false;
    try {
      const result = await work(page);
      succeeded = true;
      return result;
    } finally {
      if (succeeded) this.release(page);
      else this.discard(page);
    }
  }

  /** Opens pages before they are asked for (at most `wanted`, and never more than the pool holds). */
  openAhead(wanted: number): void {
    while (this.created < Math.min(wanted, this.size)) {
      // A page that cannot be opened is tried again for whoever waits, who gets the error if that fails too.
      this.open().then(
        (page) => this.release(page),
        () => this.handOver(),
      );
    }
  }

  private async acquire(): Promise<Page> {
    if (!this.browser.connected) throw new Error(MESSAGES.disconnected);
    const page = this.free.pop();
    if (page) {
      this.collectGarbage(page);
      return page;
    }
    if (this.created < this.size) return this.open();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private async open(): Promise<Page> {
    this.created++;
    try {
      const page = await openDocumentPage(this.browser, this.env, this.blank.pop());
      mark('sida öppnad');
      return page;
    } catch (error) {
      this.created--;
      throw error;
    }
  }

  /**
   * Closes the pool's pages once its work is done: a browser the caller keeps open (iop build
   * --watch) would otherwise gain two tabs, each a renderer process, with every build.
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.free.splice(0).map((page) => page.close().catch(() => undefined)));
  }

  private release(page: Page): void {
    if (this.closed) {
      page.close().catch(() => undefined);
      return;
    }
    const next = this.waiting.shift();
    if (next) {
      this.collectGarbage(page);
      next.resolve(page);
    } else {
      this.free.push(page);
    }
  }

  private readonly sessions = new WeakMap<Page, Promise<CDPSession>>();

  /**
   * A renderer keeps each document it has printed (3–5 MB of DOM for a 25-page agreement) until its
   * garbage collector runs, which with JavaScript off it seldom does: in a batch of 50 its memory
   * grew to 800 MiB a page. But a collection costs the renderer some 30 ms however little it frees,
   * and the next load and print some 40 ms more (bench/page-gc.js). So a page that is about to be
   * used again is collected only once what its heap holds (V8's and the DOM's) has grown past
   * PAGE_HEAP_LIMIT, every several documents; a browser that does not say how large its heap or its
   * DOM is gets a collection after every document.
   */
  private collectGarbage(page: Page): void {
    let session = this.sessions.get(page);
    if (!session) {
      session = page.createCDPSession();
      this.sessions.set(page, session);
    }
    session
      .then(async (s) => {
        // A browser that cannot say how large the heap is gets the collection, as before.
        const usage = await s.send('Runtime.getHeapUsage').catch(() => undefined);
        if (usage === undefined || heapBytes(usage) > PAGE_HEAP_LIMIT) await s.send('HeapProfiler.collectGarbage');
      })
      .catch(() => undefined);
  }

  private discard(page: Page): void {
    this.created--;
    // Not awaited: a page stuck in rendering may never answer; the browser's close ends it.
    page.close().catch(() => undefined);
    this.handOver();
  }

  /** A new page for the next waiter; when none can be opened (the browser is gone), each waiter in turn gets the error. */
  private handOver(): void {
    const next = this.waiting.shift();
    if (!next) return;
    this.open().then(next.resolve, (error: unknown) => {
      next.reject(error);
      this.handOver();
    });
  }
}
