// Timing and memory helpers for the benchmarks: wall time and CPU time of whole processes, peak
// memory (PSS) of a process tree.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

function childrenOf(pid) {
  const children = [];
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return children;
  }
  for (const task of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    } catch {
      /* the task ended */
    }
  }
  return children;
}

/**
 * Proportional set size: each shared page counted once across the tree. Summing RSS over
 * Chromium's many processes counts their shared memory many times over; PSS does not.
 */
function rssKiB(pid) {
  try {
    const rollup = /Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    if (rollup) return Number(rollup[1]);
  } catch {
    /* no smaps_rollup: fall back to RSS */
  }
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKiB(root) {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rssKiB(pid);
    stack.push(...childrenOf(pid));
  }
  return total;
}

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * CPU time (user + system, ms) of this process's waited-for children and their waited-for
 * descendants (/proc/self/stat cutime + cstime): every thread of a child, its worker threads and
 * the browser's processes included. Undefined where /proc is not there.
 */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5); the slice starts at field 3.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command; resolves with its wall time (ms), CPU time (ms, the whole process tree, when the
 * system tells), exit code and the peak memory (PSS, MiB) of its whole process tree. Runs must not
 * overlap, or their CPU times mix.
 */
export function run(command, args, { cwd, env, sampleMemory = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const timer = sampleMemory
      ? setInterval(() => {
          peak = Math.max(peak, treeRssKiB(child.pid));
        }, 250)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ ms: performance.now() - started, cpuMs, code, stderr, peakMiB: peak / 1024 });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the subject and its floor alternately `times` times; returns both medians (wall and CPU) and the wall-time ratio. */
export async function compare(name, subject, floor, times) {
  const subjectMs = [];
  const floorMs = [];
  const subjectCpu = [];
  const floorCpu = [];
  for (let i = 0; i < times; i++) {
    const f = await floor();
    const s = await subject();
    if (s.code !== 0) throw new Error(`${name}: the subject exited ${s.code}: ${s.stderr.slice(0, 500)}`);
    if (f.code !== 0) throw new Error(`${name}: the floor exited ${f.code}: ${f.stderr.slice(0, 500)}`);
    subjectMs.push(s.ms);
    floorMs.push(f.ms);
    if (s.cpuMs !== undefined) subjectCpu.push(s.cpuMs);
    if (f.cpuMs !== undefined) floorCpu.push(f.cpuMs);
  }
  const s = median(subjectMs);
  const f = median(floorMs);
  const cpu = subjectCpu.length === times && floorCpu.length === times ? { subjectCpuMs: median(subjectCpu), floorCpuMs: median(floorCpu) } : {};
  return { name, subjectMs: s, floorMs: f, ratio: s / f, ...cpu };
}
