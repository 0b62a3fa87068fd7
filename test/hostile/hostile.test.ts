import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, tempDir } from '../helpers/cli.js';
import { HOSTILE_CASES } from './cases.js';

const temp = tempDir('iop-hostile-');
afterAll(temp.cleanup);

describe('hostile input: a clear answer within bounded time and memory, never a stack trace', () => {
  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.id}: ${hostile.input}`, async () => {
      const dir = join(temp.dir, hostile.id);
      mkdirSync(dir);
      const args = hostile.setup(dir);
      const started = Date.now();
      // A 256 MB heap bounds memory: a run that needs more crashes and fails the test.
      const result = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, NO_COLOR: '1', ...hostile.env },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.error, 'the run did not finish in time').toBeUndefined();
      expect(Date.now() - started).toBeLessThan(30_000);
      const output = result.stdout + result.stderr;
      expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(output).toMatch(hostile.expect);
      expect(result.status, output.slice(0, 2000)).toBe(hostile.exitCode);
      if (result.status === 2) expect(result.stderr.trim().split('\n')).toHaveLength(1);
      await hostile.after?.({ stdout: result.stdout, stderr: result.stderr, dir });
    });
  }
});
