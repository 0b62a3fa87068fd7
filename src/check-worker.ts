// One worker of checkInParallel: checks its chunk of folders and posts the plain results back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkDirs } from './check.js';
import type { WorkerInput, WorkerOutput } from './check-parallel.js';

const input = workerData as WorkerInput;
const result = checkDirs(input.dirs, { ...input.options, keepArenden: false });
const configFiles = new Set(result.files.map((f) => f.file));
const output: WorkerOutput = {
  files: result.files,
  // Config diagnostics come first in a result and concern files other than the ärenden's iop.yaml.
  configDiagnostics: result.diagnostics.filter((d) => d.file.endsWith('iop.config.yaml') && !configFiles.has(d.file)),
  diagnostics: result.diagnostics.filter((d) => !(d.file.endsWith('iop.config.yaml') && !configFiles.has(d.file))),
};
parentPort?.postMessage(output);
