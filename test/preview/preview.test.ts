// `iop preview` in a real headless Chromium: the CLI is spawned on a copy of test/fixtures/navet-kpi, the
// page is opened, sources are changed on disk, and the page must follow within a few seconds.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resolveBrowser, type LaunchedBrowser, type Page } from '../../src/render/browser.js';
import { startPreview } from '../../src/preview/server.js';
import { BIN, copyExample, tempDir } from '../helpers/cli.js';

const CHANGE_TIMEOUT = 5_000;

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `iop preview` and resolves once it has printed its address. */
function spawnPreview(dir: string): Promise<Running> {
  const child = spawn(process.execPath, [BIN, 'preview', dir, '--port', '0'], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`iop preview skrev ingen adress:\n${out}\n${err}`)), 15_000);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^Förhandsvisning: (http:\/\/127\.0\.0\.1:\d+\/) — avsluta med Ctrl\+C$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, stdout: () => out, stderr: () => err, exited });
      }
    });
    void exited.then(({ code }) => reject(new Error(`iop preview avslutades med kod ${code}:\n${err}`)));
  });
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} finns inte i ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** Text of the document in the preview's frame ('' while it loads). */
function frameText(page: Page): Promise<string> {
  return page.evaluate(() => (document.getElementById('dokument') as HTMLIFrameElement | null)?.contentDocument?.body?.innerText ?? '');
}

function waitForFrameText(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction(
    (wanted: string) => ((document.getElementById('dokument') as HTMLIFrameElement | null)?.contentDocument?.body?.innerText ?? '').includes(wanted),
    { timeout: CHANGE_TIMEOUT },
    text,
  );
}

function panelText(page: Page): Promise<string | null> {
  return page.evaluate(() => document.getElementById('iop-diagnostik')?.innerText ?? null);
}

/** Status of a GET with the given Host header. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('iop preview', () => {
  const tmp = tempDir('iop-preview-');
  let dir: string;
  let yaml: string;
  let running: Running;
  let launched: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    dir = copyExample('test/fixtures/navet-kpi', tmp.dir);
    yaml = join(dir, 'iop.yaml');
    running = await spawnPreview(dir);
    launched = await launchBrowser(await resolveBrowser());
    page = await launched.browser.newPage();
    await page.goto(running.url, { waitUntil: 'load' });
    await waitForFrameText(page, 'Föreningen Navet i Bergsjön');
  });

  afterAll(async () => {
    await launched?.close();
    if (running && running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
    tmp.cleanup();
  });

  it('shows the agreement with the parties, from the same templates as the PDF, and no panel when clean', async () => {
    expect(await page.title()).toBe('Överenskommelse om idéburet offentligt partnerskap (förhandsvisning)');
    const text = await frameText(page);
    expect(text).toContain('Överenskommelse om idéburet offentligt partnerskap');
    expect(text).toContain('Föreningen Navet i Bergsjön');
    expect(text).toContain('Socialnämnden Nordost');
    expect(text).toContain('Bilaga 1');
    expect(await page.evaluate(() => document.querySelector('.iop-nav')?.textContent)).toContain('Överenskommelse med bilagor');
    expect(await panelText(page)).toBeNull();
    // The document in the frame runs no script, as in the PDF's browser page.
    expect(await page.evaluate(() => (document.getElementById('dokument') as HTMLIFrameElement).getAttribute('sandbox'))).toBe('allow-same-origin');
  });

  it('follows a changed title in iop.yaml without a manual reload', async () => {
    edit(yaml, 'titel: Överenskommelse om idéburet offentligt partnerskap', 'titel: Partnerskap för mötesplatser i Bergsjön');
    await waitForFrameText(page, 'Partnerskap för mötesplatser i Bergsjön');
    await page.waitForFunction(() => document.title.startsWith('Partnerskap för mötesplatser i Bergsjön'), { timeout: CHANGE_TIMEOUT });
  });

  it('follows a changed sentence in avtal.md', async () => {
    edit(join(dir, 'avtal.md'), 'Göteborg är en segregerad stad', 'Göteborg är en delad stad');
    await waitForFrameText(page, 'Göteborg är en delad stad');
    expect(await frameText(page)).not.toContain('Göteborg är en segregerad stad');
  });

  it('shows schema errors in a Swedish panel over the last good version, and removes it when fixed', async () => {
    edit(yaml, '  diarienummer: N163-0038/24', '  diarienumer: N163-0038/24');
    await page.waitForSelector('#iop-diagnostik', { timeout: CHANGE_TIMEOUT });
    const panel = (await panelText(page)) ?? '';
    // diarienummer is optional now: the misspelt key is the one error.
    expect(panel).toContain('1 fel');
    expect(panel).not.toContain("Fältet 'diarienummer' saknas");
    expect(panel).toContain("iop.yaml:12:3 fel Okänt fält 'diarienumer' i 'ärende' – menade du 'diarienummer'?");
    expect(await page.evaluate(() => document.querySelector('.iop-notis')?.textContent)).toContain('senaste versionen som gick att visa');
    expect(await frameText(page)).toContain('Partnerskap för mötesplatser i Bergsjön');

    edit(yaml, '  diarienumer: N163-0038/24', '  diarienummer: N163-0038/24');
    await page.waitForFunction(() => document.getElementById('iop-diagnostik') === null && document.querySelector('.iop-notis') === null, { timeout: CHANGE_TIMEOUT });
  });

  it('survives YAML that cannot be parsed, showing where it broke', async () => {
    const good = readFileSync(yaml, 'utf8');
    writeFileSync(yaml, good.replace('  ort: Göteborg', '  ort: "Göteborg'));
    await page.waitForSelector('#iop-diagnostik', { timeout: CHANGE_TIMEOUT });
    expect(await panelText(page)).toMatch(/iop\.yaml:\d+:\d+ fel /);
    writeFileSync(yaml, good);
    await page.waitForFunction(() => document.getElementById('iop-diagnostik') === null, { timeout: CHANGE_TIMEOUT });
    expect(running.child.exitCode).toBeNull();
  });

  it('switches to the tjänsteutlåtande from the nav', async () => {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a[href="/tjansteutlatande"]')]);
    await waitForFrameText(page, 'Socialnämnden Nordost');
    expect(await page.evaluate(() => document.querySelector('a[aria-current="page"]')?.textContent)).toBe('Tjänsteutlåtande');
    expect(await frameText(page)).toMatch(/Godkänna överenskommelsen/);
  });

  it('answers only on 127.0.0.1, and only to requests naming it', async () => {
    const port = Number(new URL(running.url).port);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) expect(await canConnect(external.address, port)).toBe(false);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    expect(await statusWithHost(running.url, `127.0.0.1:${port}`)).toBe(200);
    expect(await statusWithHost(running.url, `localhost:${port}`)).toBe(200);
    expect(await statusWithHost(running.url, `angripare.example:${port}`)).toBe(403);
  });

  it('stops on Ctrl+C with exit code 0', async () => {
    running.child.kill('SIGINT');
    const { code } = await running.exited;
    expect(code).toBe(0);
    expect(running.stderr()).toContain('Förhandsvisningen är avslutad.');
  });
});

describe('startPreview (library)', () => {
  it('binds to 127.0.0.1 and closes cleanly', async () => {
    const tmp = tempDir('iop-preview-lib-');
    try {
      const dir = copyExample('test/fixtures/navet-kpi', tmp.dir);
      const preview = await startPreview(dir, { port: 0 });
      expect(preview.address.address).toBe('127.0.0.1');
      expect(preview.address.family).toBe('IPv4');
      expect(preview.url).toBe(`http://127.0.0.1:${preview.address.port}/`);
      expect(preview.state().documents.map((d) => d.kind)).toEqual(['avtal', 'tjansteutlatande']);
      await preview.close();
      expect(await canConnect('127.0.0.1', preview.address.port)).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses a folder with several ärenden, in Swedish', async () => {
    const tmp = tempDir('iop-preview-lib-');
    try {
      copyExample('test/fixtures/navet-kpi', tmp.dir);
      copyExample('examples/frivilligcentral', tmp.dir);
      await expect(startPreview(tmp.dir, { port: 0 })).rejects.toThrow(/innehåller 2 ärenden\. Förhandsvisningen visar ett ärende i taget/);
    } finally {
      tmp.cleanup();
    }
  });
});
