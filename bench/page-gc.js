// What collecting a page's garbage costs the renderer (src/render/browser.ts, PagePool): a batch
// agreement set and printed 16 times on one page, its heap collected after every k-th document,
// for k = 1, 2, 4 and 8, twice over. Needs lib/ (npm run build), bench/out/batch-50 and a browser.
//   node bench/page-gc.js
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { generate } from './generate.js';
import { ROOT, agreementPage } from './agreement-page.js';

const { heapBytes } = await import(join(ROOT, 'lib/render/browser.js'));
const { setRenderedDocument } = await import(join(ROOT, 'lib/render/page-content.js'));
const batch = join(ROOT, 'bench/out/batch-50');
if (!existsSync(batch)) generate(batch, 50);
const { doc, launched, page } = await agreementPage(join(batch, 'arende-0000'));
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
