// Where printed PDFs are read and finished (print-reading.ts): in this thread, or, for a batch, in
// a worker thread, so that the build's own thread stays free to keep the browser's pages busy: a
// page that has printed waits for nothing but the next document.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../paths.js';
import type { Reading, ReadingRequest } from './print-reading.js';

export interface PrintReader {
  read(bytes: Uint8Array, request: ReadingRequest): Promise<Reading>;
  /** Ends the worker, if any; reads still pending fail. */
  close(): Promise<void>;
}

let readingModule: Promise<typeof import('./print-reading.js')> | undefined;

/** pdf-lib and what reads the printed PDFs: large, so loaded only when about to be needed. */
export function loadPrintReading(): Promise<typeof import('./print-reading.js')> {
  return (readingModule ??= import('./print-reading.js'));
}

/** Reads in this thread. */
export function inlineReader(): PrintReader {
  return {
    read: async (bytes, request) => (await loadPrintReading()).readPrint(bytes, request),
    close: async () => undefined,
  };
}

/** Reads in a worker thread, started now so that pdf-lib loads while the browser starts. */
export function workerReader(): PrintReader {
  // The built worker, from the sources (tests) as from lib/ (bundled or not).
  const worker = new Worker(join(PACKAGE_ROOT, 'lib', 'print-reader-worker.js'));
  const pending = new Map<number, { resolve: (reading: Reading) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  const failAll = (error: Error): void => {
    failure ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  // The worker keeps the process alive only while it has work: an idle one must not.
  const settle = (): void => {
    if (pending.size === 0) worker.unref();
  };
  worker.on('message', (message: { id: number; reading?: Reading; error?: string }) => {
    const job = pending.get(message.id);
    pending.delete(message.id);
    settle();
    if (message.error !== undefined) job?.reject(new Error(message.error));
    else job?.resolve(message.reading!);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the PDF reader ended (${code})`)));
  worker.unref();
  return {
    read(bytes, request) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise<Reading>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        // Copied, not transferred: the caller may still need its bytes (a print read twice).
        worker.postMessage({ id, bytes, request });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
