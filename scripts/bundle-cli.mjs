// Bundles the command line (lib/cli.js and the check worker) with esbuild, over tsc's output of the
// same files. Node loads one file per chunk instead of hundreds of small modules (the unified
// stack alone is some two hundred), which cuts what every command pays before it starts working.
// The library API (lib/index.js) stays as tsc wrote it. Commands stay separate chunks, loaded
// only when used. puppeteer-core is bundled too: the browser starts 50 ms sooner.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'lib');

// Chunks sit in lib/ itself, so paths the code finds from its own location (the package root,
// the check worker) are the same as in tsc's output. Chunks of an earlier bundle go first.
for (const name of readdirSync(lib)) if (/^bundle-[\w-]+\.js$/.test(name)) rmSync(join(lib, name));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/check-worker.ts'],
  outdir: 'lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'bundle-[hash]',
  external: ['@sparticuz/chromium', 'bufferutil', 'utf-8-validate'],
  // Bundled CommonJS packages (handlebars) may require Node's own modules.
  banner: { js: "import { createRequire as __iopCreateRequire } from 'node:module'; const require = __iopCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
