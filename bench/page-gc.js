// What collecting a page's garbage costs the renderer (src/render/browser.ts, PagePool): a batch
// agreement set and printed 16 times on one page, its heap collected after every k-th document,
// for k = 1, 2, 4 and 8, twice over. Needs lib/ (npm run build), bench/out/batch-50 and a browser.
//   node bench/page-gc.js
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { existsSync } from 'node:fs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const L = join(ROOT, 'lib');
const { check } = await import(join(L, 'check.js'));
const { avtalDocument } = await import(join(L, 'render/document.js'));
const { fingerprint } = await import(join(L, 'render/fingerprint.js'));
const { loadTemplates } = await import(join(L, 'render/templates.js'));
const { launchBrowser, resolveBrowser, openDocumentPage, heapBytes } = await import(join(L, 'render/browser.js'));
const { setRenderedDocument } = await import(join(L, 'render/page-content.js'));
const batch = join(ROOT, 'bench/out/batch-50');
if (!existsSync(batch)) generate(batch, 50);
const [c] = check([join(batch, 'arende-0000')]).arenden;
const arende = c.arende;
const templates = loadTemplates(arende.config);
const doc = avtalDocument({ arende, templates, fingerprint: fingerprint(arende, templates), utkast: false });
const launched = await launchBrowser(await resolveBrowser());
const page = await openDocumentPage(launched.browser);
const session = await page.createCDPSession();
const options = { preferCSSPageSize: true, format: 'A4', printBackground: true, tagged: true, outline: true };
for (const k of [1, 2, 4, 8, 1, 2, 4, 8]) {
  let collecting = 0;
  let collections = 0;
  let printing = 0;
  let largest = 0;
  for (let i = 1; i <= 16; i++) {
    let start = performance.now();
    await setRenderedDocument(page, doc, 30_000, { headerFace: false });
    await page.pdf(options);
    printing += performance.now() - start;
    largest = Math.max(largest, heapBytes(await session.send('Runtime.getHeapUsage')));
    if (i % k === 0) {
      start = performance.now();
      await session.send('HeapProfiler.collectGarbage');
      collecting += performance.now() - start;
      collections++;
    }
  }
  console.log(`k=${k}: ${(collecting / collections).toFixed(0)} ms a collection, ${(collecting / 16).toFixed(1)} ms a document; load and print ${(printing / 16).toFixed(0)} ms a document; heap at most ${(largest / 2 ** 20).toFixed(0)} MiB`);
}
await launched.close();
