// What reading and finishing one printed PDF costs, step by step (the PDF worker's work), loaded
// both ways: in full by pdf-lib, and as Chromium printed it (src/render/printed-pdf.ts, what
// readPrint uses when it can). Give it a file as Chromium printed it, not one iop finished:
//   node bench/pdf-steps.js PRINTED.pdf [rounds, default 20]
// Times are the process's CPU time (the machine is shared: waiting for a core is not counted). The
// rounds alternate between the two ways; each step's median over the rounds is shown, and the
// first round apart (before the JIT has warmed up, as for the first documents of a batch).
import { readFileSync } from 'node:fs';
import { loadPdf, outlineOf, fontNames } from '../lib/render/outline.js';
import { applyMetadata, normalizeStructureIds } from '../lib/render/metadata.js';
import { attachManifest } from '../lib/render/manifest.js';
import { loadPrinted } from '../lib/render/printed-pdf.js';

const bytes = readFileSync(process.argv[2]);
const rounds = Number(process.argv[3] ?? 20);
const ways = {
  'in full': (pdf) => loadPdf(pdf),
  'as printed': async (pdf) => {
    const doc = loadPrinted(pdf);
    if (!doc) throw new Error('not a PDF as Chromium prints it: readPrint would load it in full');
    return doc;
  },
};
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const times = Object.fromEntries(Object.keys(ways).map((way) => [way, {}]));

async function round(way) {
  const steps = times[way];
  const time = async (step, work) => {
    const start = cpu();
    const result = await work();
    (steps[step] ??= []).push(cpu() - start);
    return result;
  };
  const started = cpu();
  const doc = await time('load', () => ways[way](bytes));
  await time('bookmarks', () => outlineOf(doc));
  await time('fonts', () => fontNames(doc));
  await time('manifest', () => attachManifest(doc, { format: 1, indata: {} }, new Date(0)));
  await time('structure ids', () => normalizeStructureIds(doc));
  await time('metadata + save', () => applyMetadata(doc, { title: 'T', subject: '', keywords: [], date: new Date(0), id: '0', producer: 'iop' }));
  (steps.total ??= []).push(cpu() - started);
}

for (let i = 0; i < rounds; i++) for (const way of i % 2 === 0 ? Object.keys(ways) : Object.keys(ways).reverse()) await round(way);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log(`${bytes.length} bytes, ${rounds} rounds each way; median (first round) in ms of CPU:`);
for (const [way, steps] of Object.entries(times)) {
  console.log(`  ${way.padEnd(10)} ${Object.entries(steps).map(([step, ms]) => `${step} ${median(ms).toFixed(1)} (${ms[0].toFixed(1)})`).join(', ')}`);
}
