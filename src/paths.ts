// Where the package's own files are, both from src/ (tests) and lib/ (installed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');

let version: string | undefined;

/** The package's version, from its package.json (read once). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
