import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/index.js';
import { copyExample, runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir();
afterAll(temp.cleanup);

let counter = 0;
/** A copy of the minimal ärende with its iop.yaml changed by `edit`. */
function variant(edit: (yaml: string) => string): string {
  const dir = join(temp.dir, `v${counter++}`);
  mkdirSync(dir);
  const copy = copyExample('test/fixtures/minimal', dir);
  const file = join(copy, 'iop.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return copy;
}

function lineNumberOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('iop check (CLI)', () => {
  it('exits 0 on a valid ärende and says so', () => {
    const result = runCli(['check', 'test/fixtures/minimal']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Inga fel i 1 ärende.');
    expect(result.code).toBe(0);
  });

  it('prints the JSON contract with relative paths and 1-based positions', () => {
    const dir = variant((y) => y.replace('finansiering:', 'finansering:'));
    const result = runCli(['check', dir, '--format', 'json'], { cwd: temp.dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    // The misspelt key is the one finding: no rule echoes it.
    expect(report.files).toEqual([{ path: expect.stringMatching(/^v\d+\/minimal\/iop\.yaml$/), errors: 1, warnings: 0 }]);
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0 });
    const unknown = report.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'schema/okänt-fält');
    expect(unknown).toMatchObject({ severity: 'error', message: "Okänt fält 'finansering' – menade du 'finansiering'?", path: '/finansering', column: 1 });
    expect(Object.keys(unknown).sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'path', 'ruleId', 'severity']);
  });

  it('shows file:line:column, a code frame and a summary in text output', () => {
    const dir = variant((y) => y.replace('  start: 2025-02-01\n  slut: 2026-01-31', '  slut: 2026-01-31'));
    const text = readFileSync(join(dir, 'iop.yaml'), 'utf8');
    const result = runCli(['check', dir], { cwd: dir });
    expect(result.code).toBe(1);
    const line = lineNumberOf(text, 'avtalstid:');
    expect(result.stdout).toContain(`iop.yaml:${line}:1  fel  Fältet 'start' saknas i 'avtalstid'.  schema/saknat-fält`);
    expect(result.stdout).toContain(`${line} | avtalstid:`);
    expect(result.stdout).toContain('1 fel i 1 ärende.');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('reports broken YAML with its line and exit 1', () => {
    const dir = variant((y) => y.replace('titel: Överenskommelse', 'titel: "Överenskommelse'));
    const result = runCli(['check', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const [first] = JSON.parse(result.stdout).diagnostics;
    expect(first.ruleId).toBe('yaml/syntax');
    expect(first.line).toBeGreaterThanOrEqual(4);
  });

  it('exits 2 with one Swedish line for a path that does not exist', () => {
    const result = runCli(['check', 'finns/inte']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("iop: Sökvägen 'finns/inte' finns inte eller kan inte läsas (filen eller mappen finns inte).\n");
    expect(result.stdout).toBe('');
  });

  it('exits 2 when a folder holds no iop.yaml', () => {
    const empty = join(temp.dir, 'tom');
    mkdirSync(empty);
    const result = runCli(['check', empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iop: Hittade ingen iop\.yaml/);
  });

  it('exits 2 for an unknown option, in Swedish', () => {
    const result = runCli(['check', '--formatt', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("iop: okänd flagga '--formatt'. Menade du '--format'? Se 'iop check --help'.\n");
  });

  it('exits 2 for an unknown format', () => {
    const result = runCli(['check', '--format', 'xml', 'test/fixtures/minimal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("iop: 'xml' är inget giltigt värde för --format. Tillåtna värden: text, json, sarif, github.\n");
  });

  it('finds ärenden recursively and skips node_modules and dot-folders', () => {
    const root = join(temp.dir, 'arkiv');
    mkdirSync(join(root, '2025'), { recursive: true });
    copyExample('test/fixtures/minimal', join(root, '2025'));
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'x', 'iop.yaml'), 'trasig: [');
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, '.git', 'iop.yaml'), 'trasig: [');
    const result = runCli(['check', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['2025/minimal/iop.yaml']);
  });

  it('accepts a path to an iop.yaml file', () => {
    expect(runCli(['check', 'test/fixtures/minimal/iop.yaml']).code).toBe(0);
  });

  it('never prints a stack trace, even for an empty or binary file', () => {
    const dir = variant(() => '');
    const binary = variant(() => '\u0000\u0001\u0002');
    const result = runCli(['check', dir, binary]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(/Filen är tom/);
    expect(result.stdout).toMatch(/binärdata/);
  });
});

describe('check (library)', () => {
  it('returns diagnostics per ärende without printing', () => {
    const dir = variant((y) => y.replace('sektor: offentlig', 'sektor: kommunal'));
    const result = check([dir]);
    expect(result.errorCount).toBe(1);
    expect(result.arenden).toHaveLength(1);
    expect(result.arenden[0]!.valid).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'schema/värde', path: '/parter/1/sektor' });
  });
});
