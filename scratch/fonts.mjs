import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
const html = readFileSync('/work/main/bench/out/batch-50-pdf/arende-0001/avtal.html', 'utf8');
// Strip data: fonts → an html without the fonts (fallback fonts; layout differs but cost comparable)
const noFonts = html.replace(/url\(data:font\/[^)]*\)/g, 'url(about:invalid)');
console.log('sizes', html.length, noFonts.length);
const browser = await puppeteer.launch({ executablePath: '/root/.cache/iop/chromium-147.0.0/chromium', args: ['--no-sandbox'], headless: true, pipe: true });
const page = await browser.newPage();
await page.setJavaScriptEnabled(false);
const t = { withFonts: [], noFonts: [], pdfWith: [], pdfNo: [] };
for (let i = 0; i < 12; i++) {
  for (const [k, h, pk] of [['withFonts', html, 'pdfWith'], ['noFonts', noFonts, 'pdfNo']]) {
    const s = performance.now();
    await page.setContent(h, { waitUntil: 'load' });
    const m = performance.now();
    await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
    t[k].push(m - s); t[pk].push(performance.now() - m);
  }
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1].toFixed(0);
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, med(v)])));
await browser.close();
