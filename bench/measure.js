// Timing and memory helpers for the benchmarks: wall time of whole processes, peak RSS of a process tree.
import { spawn } from 'node:child_process';
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

/** Runs a command; resolves with its wall time (ms), exit code and the peak memory (PSS, MiB) of its whole process tree. */
export function run(command, args, { cwd, env, sampleMemory = false } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
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
      resolve({ ms: performance.now() - started, code, stderr, peakMiB: peak / 1024 });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the subject and its floor alternately `times` times; returns both medians and their ratio. */
export async function compare(name, subject, floor, times) {
  const subjectMs = [];
  const floorMs = [];
  for (let i = 0; i < times; i++) {
    const f = await floor();
    const s = await subject();
    if (s.code !== 0) throw new Error(`${name}: the subject exited ${s.code}: ${s.stderr.slice(0, 500)}`);
    if (f.code !== 0) throw new Error(`${name}: the floor exited ${f.code}: ${f.stderr.slice(0, 500)}`);
    subjectMs.push(s.ms);
    floorMs.push(f.ms);
  }
  const s = median(subjectMs);
  const f = median(floorMs);
  return { name, subjectMs: s, floorMs: f, ratio: s / f };
}
