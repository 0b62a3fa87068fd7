// The bundled Chromium on a machine that has never unpacked it: builds started at the same moment
// all succeed, the browser is unpacked once into the user's cache folder, and the temporary
// folder is left empty.
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { arenden, expectNoOrphans, expectOneLine, expectTmpClean, expectValidPdfs, startCli } from './support.js';

const temp = tempDir('iop-bundled-');
afterAll(temp.cleanup);

describe.skipIf(process.platform !== 'linux')('the bundled browser on an empty cache', () => {
  it('two builds started at once both succeed; one unpacked copy in the cache, nothing in TMPDIR', async () => {
    const cache = join(temp.dir, 'cache');
    const tmp = join(temp.dir, 'tmp');
    // What a run killed while unpacking leaves behind, long ago: removed by the next unpack.
    const stale = join(cache, 'iop', '.chromium-0.0.0-avbruten');
    mkdirSync(stale, { recursive: true });
    utimesSync(stale, new Date('2024-01-01'), new Date('2024-01-01'));
    arenden(temp.dir, ['a1', 'a2']);
    const env = { XDG_CACHE_HOME: cache, IOP_BROWSER_SKIP_SYSTEM: '1' };
    const runs = ['a1', 'a2'].map((name) => startCli(['build', name, '--out', join(temp.dir, 'ut', name)], { cwd: temp.dir, tmp, env }));
    const results = await Promise.all(runs.map((run) => run.done));
    for (const result of results) {
      expect(result.stderr).not.toMatch(/Kunde inte|ETXTBSY/);
      expect(result.code, result.stderr).toBe(0);
    }
    expect((await expectValidPdfs(join(temp.dir, 'ut'))).length).toBe(2);
    await expectNoOrphans(tmp);
    expectTmpClean(tmp);
    const unpacked = readdirSync(join(cache, 'iop'));
    expect(unpacked).toHaveLength(1);
    expect(unpacked[0]).toMatch(/^chromium-\d+\.\d+\.\d+$/);
    expect(readdirSync(join(cache, 'iop', unpacked[0]!))).toEqual(expect.arrayContaining(['chromium', 'fonts', 'libEGL.so', 'libGLESv2.so']));
  }, 180_000);

  it('a cache folder that cannot be made: exit 2 with one Swedish line saying where and what to do', async () => {
    const blocked = join(temp.dir, 'en-fil'); // a file where the cache folder should be
    writeFileSync(blocked, '');
    const tmp = join(temp.dir, 'tmp2');
    arenden(temp.dir, ['b1']);
    const result = await startCli(['build', 'b1', '--out', join(temp.dir, 'ut2')], { cwd: temp.dir, tmp, env: { XDG_CACHE_HOME: blocked, IOP_BROWSER_SKIP_SYSTEM: '1' } }).done;
    expect(result.code).toBe(2);
    expectOneLine(result.stderr, /^iop: Kunde inte packa upp den medföljande webbläsaren i .*\/en-fil\/iop: en del av sökvägen är en fil, inte en mapp\. Ange en skrivbar cachemapp med XDG_CACHE_HOME/);
    expectTmpClean(tmp);
  });
});
