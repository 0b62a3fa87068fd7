// Where `iop build` writes when no --out is given: dist/ in the ärende's repository (the folder with
// iop.config.yaml or .git), wherever it is run from, and never in the file-system root.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOutDir, outputRoot } from '../../src/load/repository.js';
import { tempDir } from '../helpers/cli.js';

const tmp = tempDir('iop-repo-');
afterAll(() => tmp.cleanup());

function folder(...parts: string[]): string {
  const dir = join(tmp.dir, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('the default output folder', () => {
  it('is dist/ in the repository with .git, from any working folder', () => {
    const repo = folder('med-git');
    mkdirSync(join(repo, '.git'));
    const arende = folder('med-git', 'arenden', 'laxhjalp');
    expect(outputRoot(arende)).toBe(repo);
    for (const cwd of [repo, arende, folder('någon-annanstans'), parse(repo).root]) {
      expect(defaultOutDir([arende], cwd), cwd).toBe(join(repo, 'dist'));
    }
  });

  it('is dist/ beside iop.config.yaml, the nearest one up', () => {
    const repo = folder('med-config');
    mkdirSync(join(repo, '.git'));
    const archive = folder('med-config', 'avtalsarkiv');
    writeFileSync(join(archive, 'iop.config.yaml'), 'regler: {}\n');
    const arende = folder('med-config', 'avtalsarkiv', '2025', 'laxhjalp');
    expect(defaultOutDir([arende], arende)).toBe(join(archive, 'dist'));
  });

  it('outside any repository: the working folder when the ärende is in it, else beside the ärende, never the root', () => {
    const arende = folder('utan', 'arenden', 'laxhjalp');
    expect(outputRoot(arende)).toBeUndefined();
    expect(defaultOutDir([arende], join(tmp.dir, 'utan'))).toBe(join(tmp.dir, 'utan', 'dist'));
    const root = parse(arende).root;
    expect(defaultOutDir([arende], root)).toBe(join(tmp.dir, 'utan', 'arenden', 'dist'));
    expect(defaultOutDir([arende], folder('annan'))).toBe(join(tmp.dir, 'utan', 'arenden', 'dist'));
    expect(defaultOutDir([arende], root)).not.toBe(join(root, 'dist'));
  });
});
