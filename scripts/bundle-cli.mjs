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

/**
 * Handlebars builds the code of every template it compiles as a tree of source-map nodes when the
 * source-map package can be loaded, and as plain strings when it cannot. iop makes no source maps,
 * so the bundle gives Handlebars a source-map that cannot be loaded: compiling costs a third less.
 */
const handlebarsWithoutSourceMaps = {
  name: 'handlebars-without-source-maps',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, (args) => (/[\\/]handlebars[\\/]/.test(args.importer) ? { path: 'source-map', namespace: 'iop-no-source-map' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'iop-no-source-map' }, () => ({ contents: "throw new Error('iop: no source maps');", loader: 'js' }));
  },
};

/**
 * puppeteer-core brings @puppeteer/browsers, whose downloads go through proxy-agent: 1.8 MB of
 * code (a JavaScript engine for proxy scripts among it) that Node would parse on every build. iop
 * never downloads a browser (see src/render/browser.ts), so the bundle gets a proxy-agent that
 * says so if it is ever used.
 */
const noBrowserDownloads = {
  name: 'no-browser-downloads',
  setup(build) {
    build.onResolve({ filter: /^proxy-agent$/ }, () => ({ path: 'proxy-agent', namespace: 'iop-no-downloads' }));
    build.onLoad({ filter: /.*/, namespace: 'iop-no-downloads' }, () => ({
      contents: "export class ProxyAgent { constructor() { throw new Error('iop laddar aldrig ned någon webbläsare.'); } }",
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/check-worker.ts', 'src/print-reader-worker.ts'],
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
  plugins: [handlebarsWithoutSourceMaps, noBrowserDownloads],
  logLevel: 'warning',
});
