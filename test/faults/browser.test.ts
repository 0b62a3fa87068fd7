// Faults of the browser during `iop build`, through the real CLI: none found, killed mid-batch,
// a document that never finishes, and Ctrl+C. Each run must end with a clear answer and leave
// no partial PDF, no temporary file and no browser process behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { arenden, descendants, expectNoOrphans, expectNoTempFiles, expectOneLine, expectTmpClean, expectValidPdfs, startCli, waitFor } from './support.js';

// Short: the browser's socket path under TMPDIR must stay short (see launchBrowser).
const temp = tempDir('iopf-');
afterAll(temp.cleanup);

const SIX = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
let earlierPdf: string;

beforeAll(() => {
  // One PDF built before the faults, to show that later runs leave it as it was.
  arenden(temp.dir, [...SIX, 'tidigare']);
  const result = runCli(['build', 'tidigare', '--out', 'forut'], { cwd: temp.dir });
  expect(result.code, result.stderr).toBe(0);
  earlierPdf = join(temp.dir, 'forut', 'tidigare', 'avtal.pdf');
});

/** A fresh output folder holding the earlier PDF, and a fresh TMPDIR. */
function scene(name: string): { out: string; tmp: string; earlier: string } {
  const out = join(temp.dir, name, 'ut');
  const tmp = join(temp.dir, `t-${name}`);
  mkdirSync(join(out, 'tidigare'), { recursive: true });
  mkdirSync(tmp, { recursive: true });
  const earlier = join(out, 'tidigare', 'avtal.pdf');
  copyFileSync(earlierPdf, earlier);
  return { out, tmp, earlier };
}

const builtPdfs = (out: string): string[] => SIX.map((name) => join(out, name, 'avtal.pdf')).filter((file) => existsSync(file));

describe('no browser', () => {
  it('IOP_BROWSER naming a missing file: exit 2 and how to fix it', () => {
    const result = runCli(['build', 'a1', '--out', 'x'], { cwd: temp.dir, env: { IOP_BROWSER: '/finns/inte/chromium' } });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: Webbläsaren \/finns\/inte\/chromium \(från IOP_BROWSER\) finns inte\. Ange sökvägen till Chrome, Chromium eller Edge/);
    expect(existsSync(join(temp.dir, 'x'))).toBe(false);
  });

  it('IOP_BROWSER naming a file that is no program: exit 2, not a crash', () => {
    const result = runCli(['build', 'a1', '--out', 'x'], { cwd: temp.dir, env: { IOP_BROWSER: join(temp.dir, 'a1', 'iop.yaml') } });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /är ingen körbar fil/);
  });

  it('no system browser and no bundled one: exit 2 with the Swedish guidance', () => {
    const result = runCli(['build', 'a1', '--out', 'x'], {
      cwd: temp.dir,
      env: { IOP_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '', IOP_BROWSER_SKIP_SYSTEM: '1', IOP_BROWSER_SKIP_BUNDLED: '1' },
    });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: Hittar ingen webbläsare att skapa PDF med\. Installera Chromium .* miljövariabeln IOP_BROWSER\.$/);
  });
});

describe('the browser dies mid-batch', () => {
  it('fails cleanly: exit 2, every PDF written is whole, nothing left behind', async () => {
    const { out, tmp, earlier } = scene('krasch');
    // a6 hangs until the browser goes away, so the kill surely lands mid-batch.
    const run = startCli(['build', ...SIX, '--out', out], { cwd: temp.dir, tmp, env: { IOP_TEST_STALL: 'a6' } });
    await waitFor(() => builtPdfs(out).length > 0, 'the first PDF');
    const browser = descendants(run.child.pid!).find((p) => /chrom/i.test(p.comm));
    expect(browser, 'a browser process under iop').toBeDefined();
    const tree = descendants(browser!.pid).map((p) => p.pid);
    process.kill(-browser!.pid, 'SIGKILL'); // the browser's whole process group, as the OOM killer or a crash would
    const result = await run.done;
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: Webbläsaren avslutades oväntat under bygget, efter \d av 6 ärenden\. De PDF-filer som hann skrivas är hela; kör kommandot igen för att bygga resten\.$/);
    expect(builtPdfs(out).length).toBeLessThan(6);
    await expectValidPdfs(out);
    expect(readFileSync(earlier)).toEqual(readFileSync(earlierPdf));
    expectNoTempFiles(out);
    await expectNoOrphans(tmp, [browser!.pid, ...tree]);
    expectTmpClean(tmp);
  });
});

describe('a document that never finishes rendering', () => {
  it('fails that ärende with a Swedish message after the timeout; the others are built', async () => {
    const { out, tmp } = scene('tidsgrans');
    const run = startCli(['build', 'a1', 'a2', 'a3', '--out', out], { cwd: temp.dir, tmp, env: { IOP_TEST_STALL: 'a2', IOP_RENDER_TIMEOUT_MS: '5000' } });
    const result = await run.done;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('a2/iop.yaml:1:1  fel  avtal.pdf blev inte klar inom 5 s.');
    expect(result.stderr).toContain('a2: ingen PDF byggdes eftersom ett dokument inte blev klart i tid.');
    expect(existsSync(join(out, 'a2'))).toBe(false);
    expect(builtPdfs(out).map((f) => f.split('/').at(-2))).toEqual(['a1', 'a3']);
    await expectValidPdfs(out);
    expectNoTempFiles(out);
    await expectNoOrphans(tmp);
    expectTmpClean(tmp);
  });

  it('counts while a document is printed, not while it waits for a page behind a slow one', async () => {
    const { out, tmp } = scene('tidsgrans-ko');
    // One page: a2 and a3 wait for a1's documents to run out their time, longer than the limit itself.
    const run = startCli(['build', 'a1', 'a2', 'a3', '--out', out, '--sidor', '1'], { cwd: temp.dir, tmp, env: { IOP_TEST_STALL: 'a1', IOP_RENDER_TIMEOUT_MS: '4000' } });
    const result = await run.done;
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('a1/iop.yaml:1:1  fel  avtal.pdf blev inte klar inom 4 s.');
    expect(builtPdfs(out).map((f) => f.split('/').at(-2))).toEqual(['a2', 'a3']);
    await expectNoOrphans(tmp);
  }, 60_000);

  it('with a tiny timeout (1 ms) nothing is built, and the answer is still clear', async () => {
    const { out, tmp } = scene('tidsgrans-liten');
    const result = await startCli(['build', 'a1', '--out', out], { cwd: temp.dir, tmp, env: { IOP_RENDER_TIMEOUT_MS: '1' } }).done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('avtal.pdf blev inte klar inom 0,001 s.');
    expect(builtPdfs(out)).toEqual([]);
    await expectNoOrphans(tmp);
    expectTmpClean(tmp);
  });

  it('refuses a timeout that is not a positive whole number', () => {
    const result = runCli(['build', 'a1', '--out', 'x'], { cwd: temp.dir, env: { IOP_RENDER_TIMEOUT_MS: '10s' } });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: IOP_RENDER_TIMEOUT_MS ska vara ett positivt heltal \(millisekunder\), inte '10s'\.$/);
  });
});

describe('Ctrl+C mid-batch', () => {
  it('exits 130; earlier PDFs are byte-identical, no temporary file or browser is left', async () => {
    const { out, tmp, earlier } = scene('ctrl-c');
    const run = startCli(['build', ...SIX, '--out', out], { cwd: temp.dir, tmp, env: { IOP_TEST_STALL: 'a6' } });
    await waitFor(() => builtPdfs(out).length > 0, 'the first PDF');
    const tree = descendants(run.child.pid!).map((p) => p.pid);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('iop: avbröts. PDF-filer som redan skrivits är hela, och inga halvskrivna filer finns kvar.');
    expect(readFileSync(earlier)).toEqual(readFileSync(earlierPdf));
    await expectValidPdfs(out);
    expectNoTempFiles(out);
    await expectNoOrphans(tmp, tree);
    expectTmpClean(tmp);
  });
});
