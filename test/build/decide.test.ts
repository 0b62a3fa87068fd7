// One decision to print, made once: a final build refuses what `iop check` with the same config
// reports as an error, the config's own errors included; only the repository's config applies.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decide, loweredRules } from '../../src/build/decide.js';
import type { CheckedArende } from '../../src/check.js';
import type { Arende, Diagnostic } from '../../src/model.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-decide-');
afterAll(temp.cleanup);

/** A repository (a folder with .git) holding one ärende, arenden/laxhjalp; returns the repository. */
function repository(name: string, config?: string): string {
  const repo = join(temp.dir, name, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'arenden', 'laxhjalp'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), join(repo, 'arenden', 'laxhjalp', 'iop.yaml'));
  if (config !== undefined) writeFileSync(join(repo, 'iop.config.yaml'), config);
  return repo;
}

const TYPO = 'stilmal: utskrift.css\n';

describe('a final build refuses what iop check reports as an error', () => {
  it('a typo in iop.config.yaml: check exits 1, build exits 1 and writes no PDF', () => {
    const repo = repository('typo', TYPO);
    const checked = runCli(['check', 'arenden'], { cwd: repo });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('iop.config.yaml');
    const built = runCli(['build', 'arenden', '--out', 'ut'], { cwd: repo });
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('stilmal');
    expect(built.stderr).toContain('ingen PDF byggdes eftersom iop.config.yaml som ärendet använder har fel');
    expect(existsSync(join(repo, 'ut'))).toBe(false);
  });

  it('the same repository without the typo checks clean (the refusal above is the config, nothing else)', () => {
    const repo = repository('utan-typo', 'regler: {}\n');
    expect(runCli(['check', 'arenden', '--quiet'], { cwd: repo }).code).toBe(0);
  });
});

describe('iop.config.yaml is looked for up to the repository root, no further', () => {
  it('ignores a config in a parent folder of the repository', () => {
    const repo = repository('forälder');
    // Were it read, its schema error would make the check fail.
    writeFileSync(join(repo, '..', 'iop.config.yaml'), TYPO);
    const result = runCli(['check', 'arenden', '--quiet'], { cwd: repo });
    expect(result.stdout).not.toContain('stilmal');
    expect(result.code).toBe(0);
  });

  it('uses a config above the repository when --rot names that folder', () => {
    const repo = repository('rot');
    writeFileSync(join(repo, '..', 'iop.config.yaml'), TYPO);
    const result = runCli(['check', 'arenden', '--rot', '..'], { cwd: repo });
    expect(result.stdout).toContain('stilmal');
    expect(result.code).toBe(1);
  });

  it('still finds the config at the repository root from an ärende deep inside it', () => {
    const repo = repository('i-roten', TYPO);
    expect(runCli(['check', '.'], { cwd: join(repo, 'arenden', 'laxhjalp') }).code).toBe(1);
  });
});

function checked(regler: Record<string, 'warning' | 'off' | 'error'>, diagnostics: Diagnostic[] = [], valid = true): CheckedArende {
  const arende = { dir: '/a', config: { file: '/iop.config.yaml', regler } } as unknown as Arende;
  return { arende, diagnostics, valid };
}

const error = (file: string, ruleId = 'x/y'): Diagnostic => ({ ruleId, severity: 'error', message: 'fel', file, line: 1, column: 1, endLine: 1, endColumn: 1 });

describe('decide', () => {
  it('refuses a final build for an error in the config the ärende uses, and not for another config', () => {
    expect(decide(checked({}), [error('/iop.config.yaml')], false).refused).toBe('konfiguration');
    expect(decide(checked({}), [error('/annan/iop.config.yaml')], false).refused).toBeUndefined();
    // A draft is printed all the same, with the config dropped whole.
    expect(decide(checked({}), [error('/iop.config.yaml')], true)).toEqual({ draft: true, lowered: [] });
  });

  it('refuses errors in the ärende, and data the schema rejects unless a draft can be made of it', () => {
    expect(decide(checked({}, [error('/a/iop.yaml')]), [], false).refused).toBe('fel');
    expect(decide(checked({}, [], false), [], true).refused).toBe('ogiltig');
    expect(decide({ ...checked({}, [], false), draft: {} as never }, [], true).refused).toBeUndefined();
  });

  it('lists rules that are errors by default and that the config lowered or switched off', () => {
    expect(loweredRules({ regler: { 'finansiering/summa': 'off', 'text/platshållare': 'warning' } })).toEqual([{ id: 'finansiering/summa', setting: 'off' }]);
    expect(loweredRules({ regler: { 'text/platshållare': 'off' } })).toEqual([{ id: 'text/platshållare', setting: 'off' }]);
    expect(loweredRules({ regler: { 'finansiering/summa': 'error' } })).toEqual([]);
  });
});
