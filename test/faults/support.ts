// Helpers for the fault tests: ärenden to build, the CLI spawned in the background, and checks
// that a run left nothing behind (no partial PDF, no temporary file, no browser process).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTempName } from '../../src/io/atomic.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { pageCount } from '../helpers/pdf.js';

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), 'utf8');

/** Writes ärenden `names` (each the minimal one) under `dir`; returns their folders. */
export function arenden(dir: string, names: string[]): string[] {
  return names.map((name) => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'iop.yaml'), MINIMAL);
    return folder;
  });
}

export interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** `iop …` in the background, with its own TMPDIR so that what the browser leaves there can be seen. */
export function startCli(args: string[], options: { cwd: string; tmp: string; env?: Record<string, string> }): Run {
  mkdirSync(options.tmp, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', TMPDIR: options.tmp, ...options.env };
  for (const key of ['IOP_TEST_STALL', 'IOP_RENDER_TIMEOUT_MS', 'IOP_DEBUG_REQUESTS']) if (!options.env?.[key]) delete env[key];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** Every PDF under `dir` opens and has pages (a partial file would not). Returns them. */
export async function expectValidPdfs(dir: string): Promise<string[]> {
  const pdfs = filesUnder(dir).filter((file) => file.endsWith('.pdf'));
  for (const pdf of pdfs) if ((await pageCount(pdf)) < 1) throw new Error(`${pdf} has no pages`);
  return pdfs;
}

/** No temporary file of an atomic write anywhere under `dir`. */
export function expectNoTempFiles(dir: string): void {
  const left = filesUnder(dir).filter((file) => isTempName(file.split('/').pop()!) || file.endsWith('.tmp'));
  if (left.length > 0) throw new Error(`temporary files left: ${left.join(', ')}`);
}

interface ProcessInfo {
  pid: number;
  ppid: number;
  state: string;
  comm: string;
}

function processes(): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const [state, ppid] = stat.slice(close + 2).split(' ');
      list.push({ pid: Number(name), ppid: Number(ppid), state: state!, comm: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // gone meanwhile
    }
  }
  return list;
}

/** The live (not zombie) descendants of `pid`. */
export function descendants(pid: number): ProcessInfo[] {
  const all = processes();
  const found: ProcessInfo[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const children = all.filter((p) => frontier.includes(p.ppid) && p.state !== 'Z');
    found.push(...children);
    frontier = children.map((c) => c.pid);
  }
  return found;
}

/** Live processes whose command line or environment mentions `marker` (e.g. a test's TMPDIR). */
export function processesMentioning(marker: string): number[] {
  return processes()
    .filter((p) => p.state !== 'Z' && p.pid !== process.pid)
    .filter((p) => {
      try {
        const text = readFileSync(`/proc/${p.pid}/cmdline`, 'utf8') + readFileSync(`/proc/${p.pid}/environ`, 'utf8');
        return text.includes(marker);
      } catch {
        return false;
      }
    })
    .map((p) => p.pid);
}

/** No browser (or other process) started for this run is alive; waits a moment for the kernel. */
export async function expectNoOrphans(tmp: string, pids: number[] = []): Promise<void> {
  const alive = (pid: number): boolean => {
    try {
      return !/^\S+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  try {
    await waitFor(() => processesMentioning(tmp).length === 0 && pids.every((pid) => !alive(pid)), 'the browser processes to end', 5000);
  } catch {
    const left = [...new Set([...processesMentioning(tmp), ...pids.filter(alive)])];
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL'); // never leave them behind, even when the test fails
      } catch {
        // gone
      }
    }
    throw new Error(`orphaned processes: ${left.join(', ')}`);
  }
}

/** The browser left nothing in its temporary folder (profile, shared memory files). */
export function expectTmpClean(tmp: string): void {
  const left = existsSync(tmp) ? readdirSync(tmp) : [];
  if (left.length > 0) throw new Error(`left in TMPDIR: ${left.join(', ')}`);
}

/** A Swedish one-line message on stderr, with no stack trace. */
export function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n').filter((line) => !line.startsWith('Bygger '));
  if (lines.length !== 1) throw new Error(`expected one line, got:\n${stderr}`);
  if (!pattern.test(lines[0]!)) throw new Error(`unexpected message: ${lines[0]}`);
  if (/\n\s+at .+:\d+:\d+/.test(stderr)) throw new Error('stack trace');
}
