// Whether lib/ was built from the sources as they are now: a hash of every input of the build,
// written into lib/ when a build ends (--write) and compared by `prepare` (--current, exit 1 when
// a build is needed). npm runs `prepare` not only on `npm ci` but also whenever npx links this
// checkout into its cache to run the checkout's own `iop` command: the README's first command,
// `npm ci && npx iop build examples/navet`, would otherwise build everything twice.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'lib', '.build-stamp');
const INPUTS = ['src', 'templates', 'schemas', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** What the build writes and what the commands load first: without them, lib/ is not built whatever the stamp says. */
const OUTPUTS = ['lib/cli.js', 'lib/index.js', 'lib/templates.precompiled.cjs'];

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function sourceHash() {
  const hash = createHash('sha256');
  const all = INPUTS.flatMap((input) => files(join(root, input))).map((file) => relative(root, file).split('\\').join('/'));
  for (const file of all.sort()) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

const mode = process.argv[2];
if (mode === '--write') {
  writeFileSync(STAMP, `${sourceHash()}\n`);
} else if (mode === '--current') {
  const current = existsSync(STAMP) && OUTPUTS.every((file) => existsSync(join(root, file))) && readFileSync(STAMP, 'utf8').trim() === sourceHash();
  if (current) console.log('lib/ är redan byggd av källorna som de ser ut nu; bygger inte om.');
  process.exit(current ? 0 : 1);
} else {
  console.error('användning: node scripts/build-stamp.mjs --write | --current');
  process.exit(2);
}
