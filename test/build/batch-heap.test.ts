// A batch build keeps its heap near what it holds alive (src/build/batch-heap.ts): a process that
// keeps 40 long strings while it makes and drops 400 more, as a batch does with its documents,
// peaks far lower with it than V8 left alone lets it grow.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** The highest heap use, in MiB, of a process doing a batch's pattern of allocation. */
async function peakHeapMiB(limited: boolean): Promise<number> {
  const script = `
    import { getHeapStatistics } from 'node:v8';
    ${limited ? `const { limitHeapGrowth } = await import(${JSON.stringify(join(ROOT, 'lib/build/batch-heap.js'))}); limitHeapGrowth();` : ''}
    const flat = (text, times) => new Array(times).fill(text).join('');
    const kept = [];
    for (let i = 0; i < 40; i++) kept.push(flat('a' + i, 250000));
    let peak = 0;
    for (let i = 0; i < 400; i++) {
      const dropped = flat('–' + i, 200000);
      if (dropped.length === 0) throw new Error();
      await new Promise((resolve) => setImmediate(resolve));
      peak = Math.max(peak, getHeapStatistics().used_heap_size);
    }
    process.stdout.write(String(Math.round(peak / 2 ** 20)) + ' ' + kept.length);
  `;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(stderr).toBe('');
  return Number(stdout.split(' ')[0]);
}

describe('limitHeapGrowth', () => {
  it('keeps the heap of a process that drops what it makes well below where V8 left alone lets it grow', async () => {
    const [alone, limited] = await Promise.all([peakHeapMiB(false), peakHeapMiB(true)]);
    expect(limited).toBeLessThan(alone * 0.7);
  }, 60_000);
});
