// What the running head costs a print: the agreement of examples/navet printed on one loaded page,
// its header and footer from Chromium's templates (as a draft or an older browser prints them) or
// as page-margin boxes (src/render/running-head.ts), interleaved, 21 times each; medians.
// Needs lib/ (npm run build) and a browser (IOP_BROWSER, or the one iop finds).
//   node bench/running-head.js
import { join } from 'node:path';
import { ROOT, agreementPage } from './agreement-page.js';

const L = join(ROOT, 'lib');
const { hasSystemHeaderFont } = await import(join(L, 'render/browser.js'));
const { setRenderedDocument } = await import(join(L, 'render/page-content.js'));
const { withoutHeaderFontFace } = await import(join(L, 'render/fonts.js'));
const { doc, launched, page } = await agreementPage(join(ROOT, 'examples', 'navet'));
await setRenderedDocument(page, doc, 30000);
const sys = hasSystemHeaderFont(launched.browser);
const hf = { headerTemplate: sys ? withoutHeaderFontFace(doc.headerTemplate) : doc.headerTemplate, footerTemplate: sys ? withoutHeaderFontFace(doc.footerTemplate) : doc.footerTemplate };
const opts = { preferCSSPageSize: true, format: 'A4', printBackground: true, tagged: true, outline: true };
const set = (css) => page.evaluate((t) => { document.getElementById('x')?.remove(); const s = document.createElement('style'); s.id = 'x'; s.textContent = t; document.head.append(s); }, css);
const t = { templates: [], margins: [] };
for (let i = 0; i < 21; i++) {
  await set('');
  let s = performance.now(); await page.pdf({ ...opts, displayHeaderFooter: true, ...hf }); t.templates.push(performance.now() - s);
  await set(doc.marginCss);
  s = performance.now(); await page.pdf(opts); t.margins.push(performance.now() - s);
}
const med = (x) => x.sort((a, b) => a - b)[x.length >> 1].toFixed(0);
console.log(`navet avtal, 11 pages: templates ${med(t.templates)} ms, margins ${med(t.margins)} ms (system header font: ${sys})`);
await launched.close();
