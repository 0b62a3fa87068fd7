// `iop check` over many ärenden on every core: the folders are split into contiguous chunks, each
// checked in a worker thread, and the results joined in the original order.
import { Worker } from 'node:worker_threads';
import { discoverArenden } from './load/discover.js';
import { checkWorkerCount, contiguousChunks } from './check-workers.js';
import { checkDirs, resultOf, type CheckOptions, type CheckResult, type FileSummary } from './check.js';
import type { Diagnostic } from './model.js';

export interface WorkerInput {
  dirs: string[];
  options: Pick<CheckOptions, 'cwd' | 'root' | 'today' | 'reminderDays'>;
}

export interface WorkerOutput {
  files: FileSummary[];
  configDiagnostics: Diagnostic[];
  diagnostics: Diagnostic[];
}

function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker exited with ${code}`));
    });
  });
}

/** Like check(), without keeping the loaded ärenden, using worker threads when it pays. */
export async function checkInParallel(paths: string[], options: CheckOptions = {}): Promise<CheckResult> {
  const dirs = discoverArenden(paths, options.cwd);
  const workers = checkWorkerCount(dirs.length);
  if (workers < 2 || options.rules) return checkDirs(dirs, { ...options, keepArenden: false });
  const chunks = contiguousChunks(dirs, workers);
  const { cwd, root, today, reminderDays } = options;
  const outputs = await Promise.all(chunks.map((chunk) => runWorker({ dirs: chunk, options: { cwd, root, today, reminderDays } })));
  return resultOf(
    [],
    outputs.flatMap((o) => o.files),
    outputs.flatMap((o) => o.configDiagnostics),
    outputs.flatMap((o) => o.diagnostics),
  );
}
