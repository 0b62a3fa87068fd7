// Where the package's own files are, both from src/ (tests) and lib/ (installed).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schemas');
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
