// `iop build --watch` through the real CLI: the first PDF, a rebuild after a change (by mtime and
// by text), a refused build that keeps watching, one browser for the whole session, and Ctrl+C
// ending with exit code 130 (like any interrupted build) and no browser process left behind.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, copyExample, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`väntade förgäves på: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Parent pid and state of a process from /proc, or undefined when it is gone. */
function procStat(pid: number): { ppid: number; state: string; name: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const [state, ppid] = stat.slice(close + 2).split(' ');
    return { ppid: Number(ppid), state: state ?? '', name: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return undefined;
  }
}

/** Every descendant of `root`, found by walking the parent links in /proc. */
function descendants(root: number): Map<number, string> {
  const parents = new Map<number, { ppid: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat) parents.set(Number(entry), stat);
  }
  const found = new Map<number, string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { ppid, name }] of parents) {
      if (!found.has(pid) && (ppid === root || found.has(ppid))) {
        found.set(pid, name);
        grew = true;
      }
    }
  }
  return found;
}

/** Alive and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

async function pdfText(file: string): Promise<string> {
  return (await readPdf(file)).text.replace(/\s+/g, ' ');
}

describe.skipIf(process.platform !== 'linux')('iop build --watch', () => {
  const tmp = tempDir('iop-watch-');
  afterAll(() => tmp.cleanup());

  it('rebuilds on change with one browser, keeps watching after a refused build, and leaves nothing running after Ctrl+C', async () => {
    const dir = copyExample('test/fixtures/navet-kpi', tmp.dir);
    const out = join(tmp.dir, 'pdf');
    const pdf = join(out, 'navet-kpi', 'avtal.pdf');
    const yaml = join(dir, 'iop.yaml');
    const child = spawn(process.execPath, [BIN, 'build', dir, '--out', out, '--watch'], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    try {
      await until('den första PDF-filen och bevakningen', () => existsSync(pdf) && stderr.includes('Bevakar källfilerna. Avsluta med Ctrl+C.'), 60_000);
      const firstMtime = statSync(pdf).mtimeMs;
      expect(await pdfText(pdf)).toContain('Överenskommelse om idéburet offentligt partnerskap');
      const browsers = () => [...descendants(child.pid!)].filter(([, name]) => /chrom/i.test(name)).map(([pid]) => pid);
      const browserPids = browsers();
      expect(browserPids.length).toBeGreaterThan(0);

      const original = readFileSync(yaml, 'utf8');
      writeFileSync(yaml, original.replace('titel: Överenskommelse om idéburet offentligt partnerskap', 'titel: Partnerskap för mötesplatser i Bergsjön'));
      await until('en ny PDF-fil', async () => statSync(pdf).mtimeMs !== firstMtime && (await pdfText(pdf)).includes('Partnerskap för mötesplatser i Bergsjön'));
      const secondMtime = statSync(pdf).mtimeMs;

      // A schema error: the build is refused with the diagnostics, the PDF stays, watching goes on.
      const before = stderr.length;
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('  diarienummer: N163-0038/24', '  diarienumer: N163-0038/24'));
      await until('felen i bygget', () => stderr.slice(before).includes('ingen PDF byggdes eftersom iop.yaml inte följer schemat'));
      expect(stderr.slice(before)).toContain("Okänt fält 'diarienumer' i 'ärende' – menade du 'diarienummer'?");
      expect(statSync(pdf).mtimeMs).toBe(secondMtime);
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('  diarienumer: N163-0038/24', '  diarienummer: N163-0038/24'));
      await until('en PDF-fil efter rättelsen', () => statSync(pdf).mtimeMs !== secondMtime);
      // Still the browser it started with: launched once for the whole session.
      expect(browsers().filter((pid) => browserPids.includes(pid)).length).toBeGreaterThan(0);
      expect(stderr.match(/Källfilerna ändrades; bygger om …/g)?.length).toBeGreaterThanOrEqual(3);

      const tree = [...descendants(child.pid!).keys()];
      child.kill('SIGINT');
      const { code } = await exited;
      expect(code).toBe(130);
      await until('att alla webbläsarprocesser är borta', () => tree.every((pid) => !alive(pid)), 10_000);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});
