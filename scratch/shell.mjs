import puppeteer from 'puppeteer-core';
import { readFileSync, writeFileSync } from 'node:fs';
const { fontFaceCss } = await import('/work/wt/print/lib/render/fonts.js');
const { loadPdf, fontNames } = await import('/work/wt/print/lib/render/outline.js');
const fonts = fontFaceCss();
const files = ['arende-0001', 'arende-0002', 'arende-0003', 'arende-0004'].flatMap((a) => ['avtal', 'tjansteutlatande'].map((k) => `/work/main/bench/out/batch-50-pdf/${a}/${k}.html`));
const htmls = files.map((f) => readFileSync(f, 'utf8'));
console.log('fonts found once in each:', htmls.every((h) => h.split(fonts).length === 2));
const browser = await puppeteer.launch({ executablePath: '/root/.cache/iop/chromium-147.0.0/chromium', args: ['--no-sandbox'], headless: true, pipe: true });
const page = await browser.newPage();
await page.setJavaScriptEnabled(false);
await page.setContent(`<!DOCTYPE html><html><head><style id="iop-typsnitt">${fonts}</style></head><body></body></html>`, { waitUntil: 'load' });
const swap = (html) => page.evaluate(async (html) => {
  const next = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const a of Array.from(root.attributes)) root.removeAttribute(a.name);
  for (const a of Array.from(next.documentElement.attributes)) root.setAttribute(a.name, a.value);
  for (const el of Array.from(document.head.childNodes)) if (!(el instanceof Element && el.id === 'iop-typsnitt')) el.remove();
  for (const el of Array.from(next.head.childNodes)) document.head.append(document.adoptNode(el));
  document.body.replaceWith(document.adoptNode(next.body));
  await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
}, html);
const t = { fresh: [], shell: [], pfresh: [], pshell: [] };
const opts = { format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true };
const page2 = await browser.newPage(); await page2.setJavaScriptEnabled(false);
for (let round = 0; round < 3; round++) for (let i = 0; i < htmls.length; i++) {
  let s = performance.now();
  await page2.setContent(htmls[i], { waitUntil: 'load' });
  let m = performance.now();
  const a = await page2.pdf(opts);
  t.fresh.push(m - s); t.pfresh.push(performance.now() - m);
  s = performance.now();
  await swap(htmls[i].replace(fonts, ''));
  m = performance.now();
  const b = await page.pdf(opts);
  t.shell.push(m - s); t.pshell.push(performance.now() - m);
  if (round === 0) {
    const fa = [...fontNames(await loadPdf(a))].sort().join(','), fb = [...fontNames(await loadPdf(b))].sort().join(',');
    console.log(i, a.length, b.length, fa === fb ? 'same fonts' : `fonts differ: ${fa} | ${fb}`);
    if (i === 0) { writeFileSync('/tmp/fresh.pdf', a); writeFileSync('/tmp/shell.pdf', b); }
  }
}
const med = (x) => x.sort((p, q) => p - q)[x.length >> 1].toFixed(0);
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, med(v)])));
await browser.close();
