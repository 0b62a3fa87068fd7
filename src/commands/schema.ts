// `iop schema`: prints the JSON Schema, for editors and other tools.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../paths.js';
import { writeOut } from './output.js';

export async function runSchema(options: { config?: boolean }): Promise<void> {
  await writeOut(readFileSync(join(SCHEMA_DIR, options.config ? 'config.schema.json' : 'iop.schema.json'), 'utf8'));
}
