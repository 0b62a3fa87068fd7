// A browser start that fails is tried once more, unless trying again cannot help: the program is
// missing or may not be run, or the start ran out of time.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { TimeoutError } from 'puppeteer-core';
import { IopError } from '../../src/errors.js';
import { isTransientLaunchFailure, launchBrowser, resolveBrowser, type BrowserChoice } from '../../src/render/browser.js';
import { tempDir } from '../helpers/cli.js';

/** An error as Node's spawn reports it. */
function spawnError(code: 'ENOENT' | 'EACCES', path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`spawn ${path} ${code}`), { code, errno: code === 'ENOENT' ? -2 : -13, syscall: `spawn ${path}`, path });
}

describe('isTransientLaunchFailure', () => {
  it.each([
    ['a program that does not exist (spawn ENOENT)', spawnError('ENOENT', '/opt/saknas/chrome')],
    ['a program that may not be run (spawn EACCES)', spawnError('EACCES', '/home/handlaggare/chrome')],
    ['puppeteer’s own check that the program exists', new Error('Browser was not found at the configured executablePath (/opt/saknas/chrome)')],
    ['a spawn error passed on as text', new Error('Failed to launch the browser process:  spawn /opt/saknas/chrome ENOENT\n\nstderr:\n')],
    ['a start that ran out of time (TimeoutError)', new TimeoutError('Timed out after 30000 ms while waiting for the WS endpoint URL to appear in stdout!')],
  ])('is not transient: %s', (_case, error) => {
    expect(isTransientLaunchFailure(error)).toBe(false);
  });

  it.each([
    ['the renderer target closed during start-up', new Error('Protocol error (Target.setDiscoverTargets): Target closed')],
    ['the browser process crashed at start', new Error('Failed to launch the browser process!\n[0601/101500.000:FATAL:zygote_host_impl_linux.cc] No usable sandbox!\n')],
    ['the browser process exited with a code', new Error('Failed to launch the browser process:  Code: 1\n\nstderr:\n')],
  ])('is transient: %s', (_case, error) => {
    expect(isTransientLaunchFailure(error)).toBe(true);
  });
});

describe('launchBrowser tries a failed start once more', () => {
  const temp = tempDir('iopr-');
  let choice: BrowserChoice;
  let realTmp: string | undefined;
  // The browser's throwaway profiles go here, to see that none is left behind.
  const profiles = join(temp.dir, 'p');

  beforeAll(async () => {
    choice = await resolveBrowser();
  });
  beforeEach(() => {
    realTmp = process.env['TMPDIR'];
    mkdirSync(profiles, { recursive: true });
    process.env['TMPDIR'] = profiles;
  });
  afterEach(() => {
    if (realTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = realTmp;
    vi.restoreAllMocks();
  });
  afterAll(temp.cleanup);

  const profilesLeft = (): string[] => readdirSync(profiles).filter((name) => name.startsWith('iop-chromium-'));

  /** A stand-in for the browser that logs each start to `starts`; `body` decides what it does next. */
  function script(name: string, body: string): { path: string; starts: () => number } {
    const path = join(temp.dir, `${name}.sh`);
    const log = join(temp.dir, `${name}.starts`);
    writeFileSync(path, `#!/bin/sh\necho start >> '${log}'\n${body}\n`);
    chmodSync(path, 0o755);
    return { path, starts: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0) };
  }

  it('starts the browser when only the first start crashes', async () => {
    const marker = join(temp.dir, 'forsta-starten-kraschade');
    const flaky = script('flaky', `if [ ! -e '${marker}' ]; then : > '${marker}'; exit 1; fi\nexec '${choice.executablePath}' "$@"`);
    const launched = await launchBrowser({ ...choice, executablePath: flaky.path });
    try {
      expect(existsSync(marker), 'the first start failed').toBe(true);
      expect(flaky.starts()).toBe(2);
      expect(await launched.browser.version()).toMatch(/Chrom/);
      expect(profilesLeft()).toHaveLength(1);
    } finally {
      await launched.close();
    }
    expect(profilesLeft()).toEqual([]);
  });

  it('gives up after the second failed start, with the Swedish message and no profile left', async () => {
    const broken = script('broken', 'exit 1');
    const launching = launchBrowser({ ...choice, executablePath: broken.path });
    await expect(launching).rejects.toThrow(IopError);
    await expect(launching).rejects.toThrow(/^Kunde inte starta webbläsaren .*broken\.sh\. .*Target closed/);
    expect(broken.starts()).toBe(2);
    expect(profilesLeft()).toEqual([]);
  });

  it('does not try again when the program does not exist', async () => {
    const launch = vi.spyOn(puppeteer, 'launch');
    const launching = launchBrowser({ executablePath: join(temp.dir, 'finns-inte', 'chromium'), source: 'testet', args: [], headless: true });
    await expect(launching).rejects.toThrow(/^Kunde inte starta webbläsaren .*finns-inte\/chromium\. .*Browser was not found/);
    expect(launch).toHaveBeenCalledTimes(1);
    expect(profilesLeft()).toEqual([]);
  });
});
