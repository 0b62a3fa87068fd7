// `iop schema`: prints the JSON Schema, for editors and other tools, or the format reference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../paths.js';
import { writeOut } from './output.js';

export async function runSchema(options: { config?: boolean; markdown?: boolean }): Promise<void> {
  const text = readFileSync(join(SCHEMA_DIR, options.config ? 'config.schema.json' : 'iop.schema.json'), 'utf8');
  if (options.markdown) {
    const { formatReference } = await import('../schema/reference.js');
    await writeOut(formatReference(JSON.parse(text) as Record<string, unknown>));
    return;
  }
  await writeOut(text);
}
