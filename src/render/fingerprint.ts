// A short fingerprint of an ärende's sources, printed on every page so a page can be matched to its version.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** iop.yaml, *.md beside it and bilagor/*.md, as paths relative to the ärende folder with '/' separators. */
export function sourceFiles(dir: string): string[] {
  const list = (sub: string, keep: (name: string) => boolean): string[] => {
    try {
      return readdirSync(join(dir, sub), { withFileTypes: true })
        .filter((entry) => entry.isFile() && keep(entry.name) && !entry.name.startsWith('.'))
        .map((entry) => (sub === '' ? entry.name : `${sub}/${entry.name}`));
    } catch {
      return [];
    }
  };
  const files = [...list('', (name) => name === 'iop.yaml' || name.endsWith('.md')), ...list('bilagor', (name) => name.endsWith('.md'))];
  // Code-unit order, not locale order, so every machine agrees.
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** SHA-256 over "path NUL content NUL" of every source file in stable order. */
export function fingerprintHex(dir: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(dir)) {
    hash.update(file, 'utf8');
    hash.update('\0');
    hash.update(readFileSync(join(dir, ...file.split('/'))));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Short enough for a footer, long enough to tell versions apart. */
export const FINGERPRINT_LENGTH = 12;

/** The first FINGERPRINT_LENGTH hex digits of fingerprintHex. */
export function fingerprint(dir: string): string {
  return fingerprintHex(dir).slice(0, FINGERPRINT_LENGTH);
}
