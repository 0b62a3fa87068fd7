// Writes a file so that readers see either the old or the new content, never half of it.
// The one atomic writer for every command (build, kpi update, extend, deadlines --ics).
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsErrorReason } from './fs-errors.js';

export interface AtomicWriteOptions {
  /** Create the folder (and its parents) first. Off by default: a missing folder is an error. */
  createDir?: boolean;
}

/** The hidden temporary name next to `file`; the same folder, so the rename never crosses file systems. */
export function tempNameFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** True for a name made by tempNameFor (by any process), e.g. to check that none is left behind. */
export function isTempName(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}

export function writeFileAtomic(file: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  if (options.createDir) mkdirSync(dirname(file), { recursive: true });
  const temp = tempNameFor(file);
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Why a write failed, in Swedish, for a one-line message (e.g. "disken är full"). */
export function writeErrorReason(error: unknown): string {
  return fsErrorReason(error, 'write');
}
