// The repository an ärende or a command's folder belongs to: the nearest folder that holds .git.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a git worktree or
 * submodule), or undefined outside a repository.
 */
export function repositoryRoot(dir: string): string | undefined {
  return nearestFolderWith(dir, ['.git']);
}

/** The nearest folder at or above `dir` that holds one of `names`, up to the file-system root. */
export function nearestFolderWith(dir: string, names: readonly string[]): string | undefined {
  let current = resolve(dir);
  for (;;) {
    if (names.some((name) => existsSync(join(current, name)))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
