// Writes a built file whole or not at all, with a Swedish reason when it cannot.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { IopError } from '../errors.js';
import { writeErrorReason, writeFileAtomic } from '../io/atomic.js';

const MESSAGES = {
  writeFailed: (file: string, reason: string) => `Kunde inte skriva ${file}: ${reason}. Filer som redan fanns är orörda.`,
};

export function writeOutput(file: string, content: string | Uint8Array): void {
  try {
    writeFileAtomic(file, content, { createDir: true });
  } catch (error) {
    throw new IopError(MESSAGES.writeFailed(file, writeErrorReason(underlyingError(file, error))));
  }
}

/**
 * A recursive mkdir that fails on a read-only file system reports ENOENT; the nearest folder that
 * exists tells the real reason (EROFS, EACCES).
 */
function underlyingError(file: string, error: unknown): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  let dir = dirname(file);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return error;
  } catch (cause) {
    return cause;
  }
}
