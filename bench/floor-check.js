// The floor for `iop check`: read the same files, parse the YAML with positions, validate with ajv.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { LineCounter, parseDocument } from 'yaml';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');
const root = process.argv[2];
const schema = JSON.parse(readFileSync(new URL('../schemas/iop.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv, ['date', 'email']);
const validate = ajv.compile(schema);
let errors = 0;
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(join(dir, 'iop.yaml'), 'utf8'), { lineCounter });
  for (const md of ['avtal.md', 'tjansteutlatande.md']) if (existsSync(join(dir, md))) readFileSync(join(dir, md), 'utf8');
  if (existsSync(join(dir, 'bilagor'))) for (const f of readdirSync(join(dir, 'bilagor'))) readFileSync(join(dir, 'bilagor', f), 'utf8');
  if (!validate(doc.toJS())) errors++;
}
process.stdout.write(`${errors}\n`);
