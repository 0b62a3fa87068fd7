// Finds and launches a Chromium-family browser at run time (nothing is downloaded at install),
// and hands out locked-down pages: no JavaScript, no requests except the document's own data: URLs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { IopError } from '../errors.js';

export type { Browser, Page } from 'puppeteer-core';

const MESSAGES = {
  notFound:
    'Hittar ingen webbläsare att skapa PDF med. Installera Chromium (t.ex. "sudo apt-get install chromium") eller Google Chrome, ' +
    'eller ange sökvägen med --browser eller miljövariabeln IOP_BROWSER.',
  missing: (path: string, source: string) => `Webbläsaren ${path} (från ${source}) finns inte.`,
  launchFailed: (path: string, reason: string) => `Kunde inte starta webbläsaren ${path}: ${reason}`,
};

export interface BrowserChoice {
  executablePath: string;
  /** Where the choice came from, for messages. */
  source: string;
  /** Extra arguments the browser build needs (only @sparticuz/chromium has any). */
  args: string[];
  headless: true | 'shell';
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
 * IOP_BROWSER_SKIP_SYSTEM=1 skips the system lookup (used by tests of the last fallback).
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
    return { executablePath: path, source, args: [], headless: true };
  }
  if (env['IOP_BROWSER_SKIP_SYSTEM'] !== '1') {
    const found = (SYSTEM_BROWSERS[process.platform] ?? []).find((path) => existsSync(path));
    if (found) return { executablePath: found, source: 'systemet', args: [], headless: true };
  }
  const bundled = await sparticuzChromium();
  if (bundled) return bundled;
  throw new IopError(MESSAGES.notFound);
}

interface SparticuzModule {
  args: string[];
  executablePath(input?: string): Promise<string>;
}

async function sparticuzChromium(): Promise<BrowserChoice | undefined> {
  try {
    const name = '@sparticuz/chromium';
    const module = (await import(name)) as { default: SparticuzModule };
    const executablePath = await module.default.executablePath();
    if (!executablePath || !existsSync(executablePath)) return undefined;
    return { executablePath, source: '@sparticuz/chromium', args: module.default.args, headless: 'shell' };
  } catch {
    return undefined;
  }
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

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile folder; safe to call more than once. */
  close(): Promise<void>;
}

export async function launchBrowser(choice: BrowserChoice): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'iop-chromium-'));
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = [...new Set([...choice.args, ...FLAGS, ...(root || process.env['IOP_BROWSER_NO_SANDBOX'] === '1' ? ['--no-sandbox'] : [])])];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: choice.executablePath,
      headless: choice.headless,
      args,
      userDataDir,
      // We remove the profile and kill the process ourselves, on every exit path.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      pipe: true,
      protocolTimeout: 120_000,
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new IopError(MESSAGES.launchFailed(choice.executablePath, error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)));
  }
  let closed = false;
  const kill = (): void => {
    try {
      browser.process()?.kill('SIGKILL');
    } catch {
      // already gone
    }
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
      try {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([browser.close(), new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
        clearTimeout(timer);
      } finally {
        kill();
      }
    },
  };
}

/** Only data: URLs (fonts, logo, images) may load; the document itself is set as content. */
function allowRequest(request: HTTPRequest): boolean {
  const url = request.url();
  return url.startsWith('data:') || url === 'about:blank';
}

/** A page for documents: JavaScript off, every request outside the document blocked. */
export async function openDocumentPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (allowRequest(request)) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

/** A fixed number of pages shared by a batch; `use` waits for a free one. */
export class PagePool {
  private readonly free: Page[] = [];
  private readonly waiting: Array<(page: Page) => void> = [];
  private created = 0;

  constructor(
    private readonly browser: Browser,
    private readonly size = 2,
  ) {}

  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    try {
      return await work(page);
    } finally {
      this.release(page);
    }
  }

  private async acquire(): Promise<Page> {
    const page = this.free.pop();
    if (page) return page;
    if (this.created < this.size) {
      this.created++;
      return openDocumentPage(this.browser);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.free.push(page);
  }
}
