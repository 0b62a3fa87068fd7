// Faults of the output folder during `iop build`, through the real CLI: a folder that cannot be
// written, a full disk, and two builds into the same folder at once.
//
// The tests run as root in CI, where chmod 555 does not stop writes. So an unwritable folder is
// made in ways that stop root too: an output path whose parent is a file (ENOTDIR), and, when
// mounting is permitted, a read-only tmpfs (EROFS). Without root, chmod 555 is used instead.
// The full disk is a tmpfs of 96 KB (room for one PDF of about 60 KB, not two); the test is
// skipped, with the reason, where mount is not permitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { arenden, expectNoOrphans, expectNoTempFiles, expectOneLine, expectTmpClean, expectValidPdfs, startCli } from './support.js';

const temp = tempDir('iopd-');
const mounts: string[] = [];
afterAll(() => {
  for (const dir of mounts) spawnSync('umount', ['-l', dir]);
  temp.cleanup();
});

const isRoot = process.getuid?.() === 0;
let earlierPdf: string;

beforeAll(() => {
  arenden(temp.dir, ['a1', 'a2', 'tidigare']);
  const result = runCli(['build', 'tidigare', '--out', 'forut'], { cwd: temp.dir });
  expect(result.code, result.stderr).toBe(0);
  earlierPdf = join(temp.dir, 'forut', 'tidigare', 'avtal.pdf');
});

/** Mounts a tmpfs at `dir`; returns why it could not, or undefined. */
function mountTmpfs(dir: string, options: string): string | undefined {
  mkdirSync(dir, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status !== 0) return `mount -t tmpfs is not permitted here: ${(result.stderr || String(result.error)).trim()}`;
  mounts.push(dir);
  return undefined;
}

function canMount(): string | undefined {
  if (!isRoot) return 'not root';
  const probe = join(temp.dir, 'prov');
  const reason = mountTmpfs(probe, 'size=16k');
  if (reason === undefined) spawnSync('umount', [probe]);
  return reason;
}

const mountProblem = canMount();

describe('an output folder that cannot be written', () => {
  it('--out under a file: exit 2 with a Swedish line, nothing written', () => {
    writeFileSync(join(temp.dir, 'en-fil'), 'inte en mapp\n');
    const result = runCli(['build', 'a1', '--out', 'en-fil/ut'], { cwd: temp.dir });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: Kunde inte skriva .*en-fil\/ut\/a1\/avtal\.pdf: en del av sökvägen är en fil, inte en mapp\. Filer som redan fanns är orörda\.$/);
    expect(readFileSync(join(temp.dir, 'en-fil'), 'utf8')).toBe('inte en mapp\n');
  });

  it.skipIf(isRoot && mountProblem !== undefined)('a read-only folder (read-only tmpfs as root, chmod 555 otherwise): exit 2, earlier files intact', () => {
    const out = join(temp.dir, 'skrivskyddad');
    if (isRoot) {
      expect(mountTmpfs(out, 'size=512k')).toBeUndefined();
    } else {
      mkdirSync(out);
    }
    mkdirSync(join(out, 'tidigare'));
    copyFileSync(earlierPdf, join(out, 'tidigare', 'avtal.pdf'));
    copyFileSync(earlierPdf, join(out, 'tidigare', 'a1.pdf'));
    if (isRoot) execFileSync('mount', ['-o', 'remount,ro', out]);
    else chmodSync(out, 0o555);
    try {
      const result = runCli(['build', 'a1', '--out', out], { cwd: temp.dir });
      expect(result.code).toBe(2);
      expectOneLine(result.stderr, isRoot ? /: filsystemet är skrivskyddat\. Filer som redan fanns är orörda\.$/ : /: behörighet saknas\. Filer som redan fanns är orörda\.$/);
      expect(readFileSync(join(out, 'tidigare', 'avtal.pdf'))).toEqual(readFileSync(earlierPdf));
      expect(existsSync(join(out, 'a1'))).toBe(false);
    } finally {
      if (!isRoot) chmodSync(out, 0o755);
    }
  });
});

describe('a full disk', () => {
  it.skipIf(mountProblem !== undefined)(`exit 2 with "disken är full"; the earlier PDF is intact and no temporary file is left${mountProblem ? ` (skipped: ${mountProblem})` : ''}`, async () => {
    const out = join(temp.dir, 'full');
    expect(mountTmpfs(out, 'size=96k')).toBeUndefined();
    mkdirSync(join(out, 'tidigare'));
    copyFileSync(earlierPdf, join(out, 'tidigare', 'avtal.pdf'));
    const result = runCli(['build', 'a1', '--out', out], { cwd: temp.dir });
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: Kunde inte skriva .*full\/a1\/avtal\.pdf: disken är full\. Filer som redan fanns är orörda\.$/);
    expect(readFileSync(join(out, 'tidigare', 'avtal.pdf'))).toEqual(readFileSync(earlierPdf));
    await expectValidPdfs(out);
    expectNoTempFiles(out);
  });
});

describe('two builds into the same folder at once', () => {
  it('both succeed; every PDF is complete and no temporary file is left', async () => {
    const out = join(temp.dir, 'samtidigt');
    const tmp = join(temp.dir, 't-samtidigt');
    const runs = [startCli(['build', 'a1', 'a2', '--out', out], { cwd: temp.dir, tmp }), startCli(['build', 'a2', 'a1', '--out', out], { cwd: temp.dir, tmp })];
    const results = await Promise.all(runs.map((run) => run.done));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect((await expectValidPdfs(out)).map((f) => f.slice(out.length + 1)).sort()).toEqual(['a1/avtal.pdf', 'a2/avtal.pdf']);
    expectNoTempFiles(out);
    await expectNoOrphans(tmp);
    expectTmpClean(tmp);
  });
});
