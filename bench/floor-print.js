// The floor for building PDFs: a minimal puppeteer script that launches the same browser and
// prints the given HTML files to PDF, with one browser and `--pages N` pages in parallel.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const pagesArg = args.indexOf('--pages');
const pageCount = pagesArg >= 0 ? Number(args[pagesArg + 1]) : 1;
const files = args.filter((a, i) => !a.startsWith('--') && !(pagesArg >= 0 && i === pagesArg + 1));
const browser = await puppeteer.launch({
  executablePath: process.env.BENCH_BROWSER,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  pipe: true,
});
try {
  const queue = [...files];
  await Promise.all(
    Array.from({ length: Math.min(pageCount, files.length) }, async () => {
      const page = await browser.newPage();
      for (let file = queue.shift(); file; file = queue.shift()) {
        await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'load' });
        writeFileSync(file.replace(/\.html$/, '.floor.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
      }
      await page.close();
    }),
  );
} finally {
  await browser.close();
}
