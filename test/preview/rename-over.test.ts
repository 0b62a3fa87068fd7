// `iop preview` and `iop build --watch` through the real CLI while iop.yaml is saved three times in a
// row the way many editors and `sed -i` save: a temporary file renamed over the old one. Each save
// must reach the page (its version advances, with the new title) and the PDF (its title changes).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, copyExample, tempDir } from '../helpers/cli.js';

const TITLES = ['Läxhjälp i Kvarnby', 'Läxhjälp och läsfrämjande i Kvarnby', 'Mötesplats för unga i Kvarnby'];

async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`väntade förgäves på: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A new title in iop.yaml, saved by writing a temporary file and renaming it over the original. */
function saveTitleByRename(yaml: string, title: string): void {
  const text = readFileSync(yaml, 'utf8').replace(/^(  titel: ).*$/m, `$1${title}`);
  const temporary = join(yaml, '..', '.iop.yaml.swp');
  writeFileSync(temporary, text);
  renameSync(temporary, yaml);
}

function spawnCli(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function getJson(url: string): Promise<{ version: number; documentVersion: number; titel: string }> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

async function pdfTitle(file: string): Promise<string | undefined> {
  try {
    return (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getTitle();
  } catch {
    return undefined; // not there yet
  }
}

describe.skipIf(process.platform !== 'linux')('saves that rename a file over iop.yaml', () => {
  const tmp = tempDir('iop-rename-over-');
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    tmp.cleanup();
  });

  it('iop preview: the page version advances with the new title on each of three saves', async () => {
    const dir = copyExample('examples/navet', join(tmp.dir, 'preview'));
    const { child, output } = spawnCli(['preview', dir, '--port', '0']);
    children.push(child);
    const url = await until('förhandsvisningens adress', () => /Förhandsvisning: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output())?.[1], 15_000);
    let last = (await getJson(`${url}__iop/huvud`)).version;
    for (const title of TITLES) {
      saveTitleByRename(join(dir, 'iop.yaml'), title);
      const state = await until(`sidan med titeln ${title}`, async () => {
        const now = await getJson(`${url}__iop/huvud`);
        return now.version > last && now.titel.startsWith(title) ? now : undefined;
      }, 10_000);
      expect(state.documentVersion).toBe(state.version);
      last = state.version;
    }
  }, 60_000);

  it('iop build --watch: the PDF gets the new title on each of three saves', async () => {
    const dir = copyExample('examples/navet', join(tmp.dir, 'watch'));
    const pdf = join(tmp.dir, 'pdf', 'navet', 'avtal.pdf');
    const { child, output } = spawnCli(['build', dir, '--out', join(tmp.dir, 'pdf'), '--watch']);
    children.push(child);
    await until('den första PDF-filen och bevakningen', () => existsSync(pdf) && output().includes('Bevakar källfilerna.'), 90_000);
    for (const title of TITLES) {
      saveTitleByRename(join(dir, 'iop.yaml'), title);
      await until(`en PDF med titeln ${title}`, async () => (await pdfTitle(pdf)) === title, 60_000);
    }
    child.kill('SIGINT');
  }, 300_000);
});
