// Writes a file so that readers see either the old or the new content, never half of it.
// The one atomic writer for every command (build, kpi update, extend, deadlines --ics).
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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

const REASONS: Record<string, string> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  EROFS: 'filsystemet är skrivskyddat',
  ENOTDIR: 'en del av sökvägen är en fil, inte en mapp',
  EISDIR: 'det finns en mapp med det namnet',
  ENOENT: 'mappen finns inte',
  ENAMETOOLONG: 'sökvägen är för lång',
  EIO: 'in- eller utmatningsfel på disken',
};

/** Why a write failed, in Swedish, for a one-line message (e.g. "disken är full"). */
export function writeErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return code ?? (error instanceof Error ? error.message : String(error));
}
