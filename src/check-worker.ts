// One worker of checkInParallel: checks its chunk of folders and posts the plain results back.
import { parentPort, workerData } from 'node:worker_threads';
import { basename } from 'node:path';
import { checkDirs } from './check.js';
import { CONFIG_FILE } from './load/config.js';
import type { Diagnostic } from './model.js';
import type { WorkerInput, WorkerOutput } from './check-parallel.js';

const input = workerData as WorkerInput;
const result = checkDirs(input.dirs, { ...input.options, keepArenden: false });
// Diagnostics of iop.config.yaml files are kept apart: several workers may read the same config.
const isConfig = (d: Diagnostic): boolean => basename(d.file) === CONFIG_FILE;
const output: WorkerOutput = {
  files: result.files,
  configDiagnostics: result.diagnostics.filter(isConfig),
  diagnostics: result.diagnostics.filter((d) => !isConfig(d)),
};
parentPort?.postMessage(output);
