// What gets signed is what was checked: lowered rules are visible, the fingerprint covers every
// input, and `iop verify` tells whether a PDF was built from the source as it is now.
import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

const temp = tempDir('iop-signed-');
afterAll(temp.cleanup);

const ENV = { IOP_BROWSER_SKIP_SYSTEM: '1' };

/** A repository (a folder with .git) with one ärende, arenden/laxhjalp, its prose and its own stylesheet. */
function repository(name: string, config = 'stilmall: utskrift.css\n'): string {
  const repo = join(temp.dir, name);
  const arende = join(repo, 'arenden', 'laxhjalp');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(arende, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), join(arende, 'iop.yaml'));
  writeFileSync(join(arende, 'avtal.md'), '## Bakgrund\n\nLäxhjälpen har funnits sedan 2019.\n');
  writeFileSync(join(repo, 'utskrift.css'), readFileSync(join(ROOT, 'templates/print.css')));
  writeFileSync(join(repo, 'iop.config.yaml'), config);
  return repo;
}

function build(repo: string) {
  return runCli(['build', 'arenden', '--out', 'ut'], { cwd: repo, env: ENV });
}

const PDF = join('ut', 'laxhjalp', 'avtal.pdf');

async function printedFingerprint(repo: string): Promise<string> {
  const pdf = await readPdf(join(repo, PDF));
  const found = /Fingeravtryck ([0-9a-f]{12})/.exec(pdf.text);
  if (!found) throw new Error('no fingerprint on the pages');
  expect(pdf.info.keywords).toContain(`fingeravtryck:${found[1]}`);
  return found[1]!;
}

describe('a rule the config lowered is visible', () => {
  it('a final build names finansiering/summa switched off on stderr and in the PDF metadata', async () => {
    const repo = repository('sankt', 'regler:\n  finansiering/summa: av\n');
    const result = build(repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('sänker eller stänger av regler som annars stoppar en slutlig PDF: finansiering/summa (av)');
    const pdf = await readPdf(join(repo, PDF));
    expect(pdf.info.keywords).toContain('sänkt-regel:finansiering/summa');
  });

  it('says nothing of the kind when no rule is lowered', async () => {
    const repo = repository('inte-sankt', 'regler:\n  finansiering/summa: fel\n');
    const result = build(repo);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('sänker');
    expect((await readPdf(join(repo, PDF))).info.keywords).not.toContain('sänkt-regel');
  });
});

describe('the fingerprint and iop verify', () => {
  let repo: string;
  let first: string;
  beforeAll(async () => {
    repo = repository('verify');
    expect(build(repo).code).toBe(0);
    first = await printedFingerprint(repo);
  });

  it('iop verify passes on a fresh build, with or without naming the ärende', () => {
    const found = runCli(['verify', PDF], { cwd: repo });
    expect(found.stdout).toContain('alla');
    expect(found.stdout).toContain('indata stämmer');
    expect(found.code, found.stdout + found.stderr).toBe(0);
    expect(runCli(['verify', PDF, 'arenden/laxhjalp'], { cwd: repo }).code).toBe(0);
  });

  it('fails naming avtal.md after one character of it changes, and passes again when it is back', () => {
    const file = join(repo, 'arenden', 'laxhjalp', 'avtal.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('2019', '2018'));
    const result = runCli(['verify', PDF], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('avtal.md: ändrad sedan bygget');
    expect(result.stdout).not.toContain('stilmall');
    const json = JSON.parse(runCli(['verify', PDF, '--format', 'json'], { cwd: repo }).stdout) as { stämmer: boolean; skillnader: unknown[] };
    expect(json.stämmer).toBe(false);
    expect(json.skillnader).toEqual([{ indata: 'avtal.md', ändring: 'ändrad' }]);
    writeFileSync(file, original);
    expect(runCli(['verify', PDF], { cwd: repo }).code).toBe(0);
  });

  it('a change of the stylesheet alone changes the fingerprint, and verify names the stylesheet', async () => {
    appendFileSync(join(repo, 'utskrift.css'), ' ');
    const result = runCli(['verify', PDF], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('stilmall utskrift.css: ändrad sedan bygget');
    expect(build(repo).code).toBe(0);
    expect(await printedFingerprint(repo)).not.toBe(first);
    expect(runCli(['verify', PDF], { cwd: repo }).code).toBe(0);
  });

  it('exit 2 with one line for a PDF that iop did not build', () => {
    const other = join(repo, 'annan.pdf');
    writeFileSync(other, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const result = runCli(['verify', 'annan.pdf', 'arenden/laxhjalp'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iop: annan\.pdf (har inget manifest|är ingen PDF-fil)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
