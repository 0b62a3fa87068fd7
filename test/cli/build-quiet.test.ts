// `iop build` run from another folder writes dist/ in the ärende's repository, and --quiet says
// nothing when all went well (and only what went wrong when it did not).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExample, runCli, tempDir } from '../helpers/cli.js';

const tmp = tempDir('iop-build-quiet-');
afterAll(() => tmp.cleanup());

describe('iop build without --out, and with --quiet', () => {
  const repo = join(tmp.dir, 'avtalsarkiv');
  mkdirSync(join(repo, 'arenden'), { recursive: true });
  writeFileSync(join(repo, 'iop.config.yaml'), 'regler: {}\n');
  const arende = copyExample('test/fixtures/minimal', join(repo, 'arenden'));
  const elsewhere = join(tmp.dir, 'annanstans');
  mkdirSync(elsewhere);

  it('writes dist/ in the repository, not where it is run, and --quiet prints nothing', () => {
    const result = runCli(['build', arende, '--quiet'], { cwd: elsewhere, env: { IOP_BROWSER_SKIP_SYSTEM: '1' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(existsSync(join(repo, 'dist', 'minimal', 'avtal.pdf'))).toBe(true);
    expect(existsSync(join(elsewhere, 'dist'))).toBe(false);
  }, 60_000);

  it('without --quiet says where it wrote, by the full path', () => {
    const result = runCli(['build', arende], { cwd: elsewhere, env: { IOP_BROWSER_SKIP_SYSTEM: '1' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Skrev ${join(repo, 'dist', 'minimal', 'avtal.pdf')} (`);
  }, 60_000);

  it('--quiet still says why nothing was built', () => {
    const file = join(arende, 'iop.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sektor: offentlig', 'sektor: kommunal'));
    const result = runCli(['build', arende, '--quiet'], { cwd: elsewhere, env: { IOP_BROWSER_SKIP_SYSTEM: '1' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/'kommunal' är inget tillåtet värde för 'sektor'/);
    expect(result.stderr).toMatch(/ingen PDF byggdes eftersom iop\.yaml inte följer schemat/);
    expect(result.stderr).not.toMatch(/Bygger|Skrev|Klart/);
  });
});
