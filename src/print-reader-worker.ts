// A worker thread of render/print-reader.ts: reads and finishes printed PDFs as they come, one at a time.
import { parentPort } from 'node:worker_threads';
import { readPrint, type ReadingRequest } from './render/print-reading.js';

interface Job {
  id: number;
  bytes: Uint8Array;
  request: ReadingRequest;
}

parentPort?.on('message', (job: Job) => {
  readPrint(job.bytes, job.request).then(
    (reading) => parentPort?.postMessage({ id: job.id, reading }, reading.finished ? [reading.finished.pdf.buffer as ArrayBuffer] : []),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
