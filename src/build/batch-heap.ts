// A batch build makes and drops a few megabytes of strings for every document (its HTML, the
// messages that carry it to the browser, the printed PDF), while what it keeps alive stays near
// 40 MB. Left to itself, V8 lets the heap grow to three or four times what survived its last full
// collection before it collects again: in a batch of 50 ärenden iop's own process reached 280 MiB,
// half of all the memory the build used (bench/results.json). A batch therefore lets the heap grow
// by half of that at most; the collections come more often and cost about as much in all. The flag
// holds for the whole process, so only the command line sets it (commands/build.ts): a program that
// calls the library's build() keeps its heap as it has it.
import { setFlagsFromString } from 'node:v8';

/** How far the heap may grow, in per cent of what survived the last full collection. */
export const BATCH_HEAP_GROWTH_PERCENT = 50;

let limited = false;

/**
 * Keeps the heap near what the process holds alive, for the rest of the process. The flag only
 * sets the growing factor V8 reads at each full collection; nothing else about the heap changes.
 */
export function limitHeapGrowth(): void {
  if (limited) return;
  limited = true;
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWTH_PERCENT}`);
}
