// The floor for `iop check`: the same work done the same way, with nothing else. It reads the same
// files, parses the YAML with positions and validates with the validator `npm run build` compiled
// (lib/schemas/iop.validate.cjs, as iop loads it), split over as many worker threads as iop uses
// for that many ärenden (lib/check-workers.js, shared with src/check-parallel.ts).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { LineCounter, parseDocument } from 'yaml';
import { checkWorkerCount, contiguousChunks } from '../lib/check-workers.js';

const require = createRequire(import.meta.url);

/** Reads, parses and validates the given ärende folders; returns how many fail the schema. */
function checkChunk(dirs) {
  const validate = require('../lib/schemas/iop.validate.cjs');
  let errors = 0;
  for (const dir of dirs) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(join(dir, 'iop.yaml'), 'utf8'), { lineCounter });
    for (const md of ['avtal.md', 'tjansteutlatande.md']) if (existsSync(join(dir, md))) readFileSync(join(dir, md), 'utf8');
    if (existsSync(join(dir, 'bilagor'))) for (const f of readdirSync(join(dir, 'bilagor'))) readFileSync(join(dir, 'bilagor', f), 'utf8');
    if (!validate(doc.toJS())) errors++;
  }
  return errors;
}

function inWorker(dirs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: dirs });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

if (isMainThread) {
  const root = process.argv[2];
  const dirs = readdirSync(root).sort().map((name) => join(root, name));
  const workers = checkWorkerCount(dirs.length);
  const counts = workers < 2 ? [checkChunk(dirs)] : await Promise.all(contiguousChunks(dirs, workers).map(inWorker));
  process.stdout.write(`${counts.reduce((a, b) => a + b, 0)}\n`);
} else {
  parentPort.postMessage(checkChunk(workerData));
}
