// The repository an ärende belongs to: the nearest folder at or above it with iop.config.yaml or
// .git. `iop build` writes its dist/ there by default, wherever it is run from, and never in the
// file-system root.
import { dirname, join, parse, relative, isAbsolute } from 'node:path';
import { CONFIG_FILE } from './config.js';
import { nearestFolderWith } from './repository-root.js';

const MARKERS = [CONFIG_FILE, '.git'];

function isFileSystemRoot(dir: string): boolean {
  return parse(dir).root === dir;
}

/**
 * Where an ärende's output belongs: the nearest folder at or above `dir` that holds
 * iop.config.yaml or .git, if any, never the file-system root. (Config discovery stops at .git
 * alone: repositoryRoot in repository-root.ts.)
 */
export function outputRoot(dir: string): string | undefined {
  const found = nearestFolderWith(dir, MARKERS);
  return found === undefined || isFileSystemRoot(found) ? undefined : found;
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
  const root = outputRoot(first);
  if (root) return join(root, 'dist');
  if (inside(cwd, first) && !isFileSystemRoot(cwd)) return join(cwd, 'dist');
  const parent = dirname(first);
  return join(isFileSystemRoot(parent) ? first : parent, 'dist');
}
