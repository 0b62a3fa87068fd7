// Turns the paths a user gives into ärende folders: a folder with iop.yaml, an iop.yaml, or any folder searched recursively.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { IopError } from '../errors.js';
import { describeFsError } from './source.js';

export const ARENDE_FILE = 'iop.yaml';
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

/** Absolute ärende folders for the given paths, sorted and without duplicates. */
export function discoverArenden(paths: string[], cwd = process.cwd()): string[] {
  const found = new Set<string>();
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch (error) {
      throw new IopError(`Sökvägen '${given}' finns inte eller kan inte läsas (${describeFsError(error)}).`);
    }
    if (stat.isFile()) {
      if (basename(absolute) !== ARENDE_FILE) {
        throw new IopError(`'${given}' är varken en mapp eller en ${ARENDE_FILE}.`);
      }
      found.add(dirname(absolute));
      continue;
    }
    const before = found.size;
    walk(absolute, found);
    if (found.size === before) {
      throw new IopError(`Hittade ingen ${ARENDE_FILE} i '${given}'. Ett ärende är en mapp med en ${ARENDE_FILE}; skapa ett med 'iop init'.`);
    }
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new IopError(`Kan inte läsa mappen '${dir}': ${describeFsError(error)}.`);
  }
  if (entries.some((entry) => entry.name === ARENDE_FILE && (entry.isFile() || entry.isSymbolicLink()))) {
    found.add(dir);
  }
  for (const entry of entries) {
    // Symbolic links to folders are not followed: no loops, nothing outside the tree.
    if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    walk(join(dir, entry.name), found);
  }
}
