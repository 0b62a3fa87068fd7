// Compiles the JSON Schemas to standalone validator modules in lib/schemas/, so no command pays
// for compiling a schema at start-up. Each module records the hash of the schema it came from;
// src/schema/validate.ts uses it only while that hash matches the schema file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone').default;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'lib', 'schemas');
mkdirSync(outDir, { recursive: true });

for (const name of ['iop', 'config']) {
  const text = readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8');
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, code: { source: true } });
  addFormats(ajv, ['date', 'email']);
  const validate = ajv.compile(JSON.parse(text));
  const hash = createHash('sha256').update(text).digest('hex');
  const code = `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
  const target = join(outDir, `${name}.validate.cjs`);
  writeFileSync(`${target}.tmp`, code);
  renameSync(`${target}.tmp`, target);
}
