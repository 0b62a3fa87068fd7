// Writes a new ärende folder all at once: into a temporary sibling, then renamed into place.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IopError } from '../errors.js';
import { fsErrorReason } from '../io/fs-errors.js';

export function writeNewFolder(target: string, files: Map<string, string>): void {
  if (existsSync(target)) {
    throw new IopError(`'${target}' finns redan. iop init skriver aldrig över en befintlig mapp; välj ett nytt namn.`);
  }
  const parent = dirname(target);
  const temporary = join(parent, `.${basename(target)}.iop-init-${process.pid}`);
  try {
    mkdirSync(parent, { recursive: true });
    for (const [name, content] of files) {
      const file = join(temporary, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (error instanceof IopError) throw error;
    throw new IopError(`Kan inte skapa '${target}': ${fsErrorReason(error, 'write')}.`);
  }
}
