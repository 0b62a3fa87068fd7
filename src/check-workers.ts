// How many worker threads `iop check` uses for a number of ärenden; shared with the benchmark's
// floor (bench/floor-check.js), so the floor splits the same work over the same threads.
import { availableParallelism } from 'node:os';

/** Below this many ärenden a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 48;

/** The number of worker threads for `count` ärenden; below 2 the check runs on the main thread. */
export function checkWorkerCount(count: number): number {
  return Math.min(availableParallelism(), 8, Math.floor(count / (PARALLEL_THRESHOLD / 2)));
}

/** Splits items into `workers` contiguous chunks, none empty, in their original order. */
export function contiguousChunks<T>(items: T[], workers: number): T[][] {
  const size = Math.ceil(items.length / workers);
  return Array.from({ length: workers }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((chunk) => chunk.length > 0);
}
