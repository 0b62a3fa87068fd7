// What reading and finishing one printed PDF costs, step by step (the PDF worker's work):
//   node bench/pdf-steps.js bench/out/batch-50-pdf/arende-0000/avtal.pdf
import { readFileSync } from 'node:fs';
import { loadPdf, outlineOf, fontNames } from '../lib/render/outline.js';
import { applyMetadata, normalizeStructureIds } from '../lib/render/metadata.js';
import { attachManifest } from '../lib/render/manifest.js';

const bytes = readFileSync(process.argv[2]);
const times = {};
const time = async (step, work) => {
  const start = performance.now();
  const result = await work();
  times[step] = (times[step] ?? 0) + performance.now() - start;
  return result;
};
const rounds = 20;
for (let i = 0; i < rounds; i++) {
  const doc = await time('parse', () => loadPdf(bytes));
  await time('bookmarks', () => outlineOf(doc));
  await time('fonts', () => fontNames(doc));
  await time('manifest', () => attachManifest(doc, { format: 1, indata: {} }, new Date(0)));
  await time('structure ids', () => normalizeStructureIds(doc));
  await time('metadata + save', () => applyMetadata(doc, { title: 'T', subject: '', keywords: [], date: new Date(0), id: '0', producer: 'iop' }));
}
console.log(`${bytes.length} bytes:`, Object.fromEntries(Object.entries(times).map(([step, ms]) => [step, `${(ms / rounds).toFixed(1)} ms`])));
