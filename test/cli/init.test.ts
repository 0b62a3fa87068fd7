import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-init-');
afterAll(temp.cleanup);

const FLAGS = [
  '--titel',
  'Läxhjälp i Kvarnby',
  '--start',
  '2025-02-01',
  '--part',
  'Föreningen Läxhjälpen;idéburen;846005-8327',
  '--part',
  'Kultur- och fritidsnämnden;offentlig;212000-1157',
  '--belopp',
  '250000',
  '--diarienummer',
  'KFN-2025-0042',
];

describe('iop init', () => {
  it('creates an ärende from flags without a terminal, and iop check passes it at once', () => {
    const target = join(temp.dir, 'laxhjalp');
    const created = runCli(['init', target, ...FLAGS], { input: '' });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['avtal.md', 'bilagor', 'iop.yaml', 'tjansteutlatande.md']);
    const yaml = readFileSync(join(target, 'iop.yaml'), 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/iop\.schema\.json$/);
    expect(yaml).toContain('organisationsnummer: 846005-8327');
    expect(yaml).toContain('diarienummer: KFN-2025-0042');
    const checked = runCli(['check', target, '--format', 'json']);
    expect(checked.code, checked.stdout).toBe(0);
    expect(JSON.parse(checked.stdout).summary.errors).toBe(0);
    expect(JSON.parse(checked.stdout).diagnostics.some((d: { ruleId: string }) => d.ruleId === 'text/platshållare')).toBe(true);
    // The generated blocks are placed by markers, each with data to print.
    const avtal = readFileSync(join(target, 'avtal.md'), 'utf8');
    expect(avtal.match(/^\{\{> [a-z]+\}\}$/gm)).toEqual(['{{> parter}}', '{{> mal}}', '{{> finansiering}}', '{{> avtalstid}}']);
    expect(JSON.parse(checked.stdout).diagnostics.filter((d: { ruleId: string }) => d.ruleId.startsWith('text/block'))).toEqual([]);
  });

  it('builds no final PDF while placeholders are left', () => {
    const target = join(temp.dir, 'ofardig');
    expect(runCli(['init', target, ...FLAGS], { input: '' }).code).toBe(0);
    const out = join(temp.dir, 'ofardig-pdf');
    const built = runCli(['build', target, '--out', out]);
    expect(built.code).toBe(1);
    expect(built.stderr).toMatch(/platshållare kvar/);
    expect(existsSync(join(out, 'ofardig', 'avtal.pdf'))).toBe(false);
  });

  it('refuses an existing folder and changes nothing in it', () => {
    const target = join(temp.dir, 'finns');
    mkdirSync(target);
    writeFileSync(join(target, 'iop.yaml'), 'egen: text\n');
    const result = runCli(['init', target, ...FLAGS], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/finns redan/);
    expect(readdirSync(target)).toEqual(['iop.yaml']);
    expect(readFileSync(join(target, 'iop.yaml'), 'utf8')).toBe('egen: text\n');
  });

  it('names the flags it needs when there is no terminal to ask on', () => {
    const target = join(temp.dir, 'utan-flaggor');
    const result = runCli(['init', target], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("iop: Utan terminal behöver iop init flaggorna --titel, --part (minst två), --start. Se 'iop init --help'.\n");
    expect(existsSync(target)).toBe(false);
  });

  it('rejects a party with an unknown sector', () => {
    const target = join(temp.dir, 'fel-sektor');
    const flags = FLAGS.map((f) => f.replace(';offentlig;', ';kommunal;'));
    const result = runCli(['init', target, ...flags], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sektorn ska vara idéburen eller offentlig, inte 'kommunal'/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('iop init --part', () => {
  it('with commas instead of semicolons says to use semicolons, with the flag rewritten', () => {
    const target = join(temp.dir, 'komman');
    const flags = FLAGS.map((f) => (f === 'Föreningen Läxhjälpen;idéburen;846005-8327' ? 'Föreningen Läxhjälpen, idéburen, 846005-8327' : f));
    const result = runCli(['init', target, ...flags], { input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `iop: --part 'Föreningen Läxhjälpen, idéburen, 846005-8327': skilj namn, sektor och organisationsnummer åt med semikolon, inte komma: --part "Föreningen Läxhjälpen;idéburen;846005-8327".\n`,
    );
    expect(existsSync(target)).toBe(false);
  });

  it('a name with a comma in it is still a name', () => {
    const target = join(temp.dir, 'komma-i-namnet');
    const flags = FLAGS.map((f) => (f === 'Föreningen Läxhjälpen;idéburen;846005-8327' ? 'Läxhjälpen, Kvarnby;idéburen;846005-8327' : f));
    expect(runCli(['init', target, ...flags], { input: '' }).code).toBe(0);
    expect(readFileSync(join(target, 'iop.yaml'), 'utf8')).toContain('namn: Läxhjälpen, Kvarnby');
  });
});

describe('the command iop init ends with', () => {
  it('is one to copy: npx, and quotes around a folder with a space', () => {
    const cwd = join(temp.dir, 'arkiv');
    mkdirSync(cwd);
    const created = runCli(['init', 'arenden/Läxhjälp 2025', ...FLAGS], { input: '', cwd });
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(
      'Skapade arenden/Läxhjälp 2025/ med iop.yaml, avtal.md, tjansteutlatande.md och bilagor/.\n' +
        'Fyll i det som står inom [fyll i: …] och kontrollera sedan ärendet:\n\n' +
        '  npx iop check "arenden/Läxhjälp 2025"\n',
    );
    // What the quotes hold is the folder's path from where the command was run.
    const quoted = /npx iop check "([^"]+)"/.exec(created.stdout)![1]!;
    expect(runCli(['check', quoted], { cwd }).code).toBe(0);
  });

  it('shows a folder outside the working folder by its full path, not as ../', () => {
    const cwd = join(temp.dir, 'arkiv', 'under');
    mkdirSync(cwd, { recursive: true });
    const created = runCli(['init', '../bredvid', ...FLAGS], { input: '', cwd });
    const full = join(temp.dir, 'arkiv', 'bredvid');
    expect(created.stdout).toContain(`Skapade ${full}/ med`);
    expect(created.stdout).toContain(`  npx iop check ${full}\n`);
    expect(created.stdout).not.toContain('../');
  });
});
