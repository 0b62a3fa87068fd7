// The repository an ärende belongs to: the nearest folder at or above it with iop.config.yaml or
// .git. `iop build` writes its dist/ there by default, wherever it is run from, and never in the
// file-system root.
import { existsSync } from 'node:fs';
import { dirname, join, parse, relative, isAbsolute } from 'node:path';
import { CONFIG_FILE } from './config.js';

const MARKERS = [CONFIG_FILE, '.git'];

function isFileSystemRoot(dir: string): boolean {
  return parse(dir).root === dir;
}

/** The nearest folder at or above `dir` that holds iop.config.yaml or .git, if any (not the root). */
export function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; !isFileSystemRoot(current); current = dirname(current)) {
    if (MARKERS.some((marker) => existsSync(join(current, marker)))) return current;
  }
  return undefined;
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The folder `iop build` writes to when no --out is given: dist/ in the repository of the first
 * ärende; outside any repository, dist/ in the working folder when the ärende lies in it, else
 * beside the ärende folder. Never in the file-system root.
 */
export function defaultOutDir(arendeDirs: readonly string[], cwd: string): string {
  const first = arendeDirs[0] ?? cwd;
  const root = repositoryRoot(first);
  if (root) return join(root, 'dist');
  if (inside(cwd, first) && !isFileSystemRoot(cwd)) return join(cwd, 'dist');
  const parent = dirname(first);
  return join(isFileSystemRoot(parent) ? first : parent, 'dist');
}
