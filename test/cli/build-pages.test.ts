import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-sidor-');
afterAll(temp.cleanup);

describe('iop build --sidor', () => {
  it('refuses a number of pages that is not 1 to 32, before anything is built', () => {
    for (const value of ['0', '33', 'två']) {
      const result = runCli(['build', 'test/fixtures/minimal', '--sidor', value, '--out', join(temp.dir, 'nej')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`iop: --sidor ska vara ett heltal från 1 till 32, inte '${value}'.\n`);
    }
    expect(existsSync(join(temp.dir, 'nej'))).toBe(false);
  });

  it('builds a batch with more pages at once', () => {
    const result = runCli(['build', 'test/fixtures/minimal', 'test/fixtures/femton-parter', '--sidor', '3', '--out', temp.dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(temp.dir, 'minimal', 'avtal.pdf'))).toBe(true);
    expect(existsSync(join(temp.dir, 'femton-parter', 'avtal.pdf'))).toBe(true);
  });
});
