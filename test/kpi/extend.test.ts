// `iop extend` on copies of the examples; afterwards `iop check` must pass.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { copyExample, runCli, tempDir } from '../helpers/cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function copy(name: string): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return copyExample(name, dir);
}

describe('iop extend', () => {
  it('writes the next period of test/fixtures/navet-kpi with uplifted amounts, and iop check then exits 0', () => {
    const dir = copy('test/fixtures/navet-kpi');
    const file = join(dir, 'iop.yaml');
    const before = readFileSync(file, 'utf8');
    const result = runCli(['extend', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Förlängde N163-0038/24 fr.o.m.\u00a02025-04-01 t.o.m.\u00a02026-03-31 (period 2025, förlängning 1).');
    expect(result.stdout).toContain('sn-nordost: 500\u00a0000\u00a0kr × 415,51 / 409,07 = 507\u00a0872\u00a0kr');

    const after = readFileSync(file, 'utf8');
    const data = parseDocument(after).toJS() as {
      finansiering: { perioder: Array<Record<string, unknown>>; bidrag: Array<{ belopp?: unknown }> };
      avtalstid: { förlängningar: number };
    };
    expect(data.finansiering.perioder[1]).toEqual({ id: '2025', start: '2025-04-01', slut: '2026-03-31', totalt: 888776, förlängning: true });
    expect(data.finansiering.bidrag.map((b) => b.belopp)).toEqual([
      { '2024': 500000, '2025': 507872 },
      { '2024': 300000, '2025': 304723 },
      { '2024': 75000, '2025': 76181 },
      undefined,
    ]);
    expect(data.avtalstid.förlängningar).toBe(1);
    // The computation is written beside each new amount; everything else is kept as written.
    expect(after).toContain('"2025": 507872 # 500\u00a0000\u00a0kr × 415,51 / 409,07 = 507\u00a0872\u00a0kr (KPI 1980=100, okt 2024 / okt 2023, avrundat till hela kronor)');
    const kept = before.split('\n').filter((line) => !/^\s+belopp: \d+$/.test(line));
    const afterLines = new Set(after.split('\n'));
    expect(kept.filter((line) => !afterLines.has(line))).toEqual([]);

    const check = runCli(['check', dir, '--idag', '2025-05-01']);
    expect(check.stdout + check.stderr).not.toMatch(/kpi\/uppräkning/);
    expect(check.code).toBe(0);
  });

  it('writes a tillägg when asked', () => {
    const dir = copy('test/fixtures/navet-kpi');
    expect(runCli(['extend', dir, '--tillagg']).code).toBe(0);
    const tillagg = readFileSync(join(dir, 'tillagg-1.md'), 'utf8');
    expect(tillagg).toMatch(/^# Tillägg 1 till Överenskommelse om idéburet offentligt partnerskap/);
    expect(tillagg).toContain('förlängs fr.o.m.\u00a02025-04-01 t.o.m.\u00a02026-03-31');
    expect(tillagg).toContain('| Socialnämnden Nordost | 507\u00a0872\u00a0kr |');
  });

  it('honours --till and keeps the calendar on the new end', () => {
    const dir = copy('test/fixtures/navet-kpi');
    expect(runCli(['extend', dir, '--till', '2025-12-31']).code).toBe(0);
    const deadlines = runCli(['deadlines', dir, '--format', 'json']);
    const rows = JSON.parse(deadlines.stdout) as Array<{ typ: string; datum: string }>;
    expect(rows.find((row) => row.typ === 'slut')?.datum).toBe('2025-12-31');
  });

  it('refuses, with one Swedish line and exit 2, when the KPI month is missing, saying where SCB publishes it and how to record it', () => {
    const dir = copy('test/fixtures/navet-kpi');
    expect(runCli(['extend', dir]).code).toBe(0);
    const file = join(dir, 'iop.yaml');
    const once = readFileSync(file, 'utf8');
    const second = runCli(['extend', dir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /^iop: KPI för 2025-10 \(1980=100\) finns inte i KPI-tabellerna\. Senaste månaden i tabellerna är \d{4}-\d{2} \([\d,]+, iop:s medföljande tabell\)\. SCB publicerar talet i tabellen ”Konsumentprisindex \(KPI\), totalt, 1980=100” \(PR0101A\/KPItotM\)\. Lägg in det med 'npx iop kpi set 2025-10 <värde>' eller hämta det med 'npx iop kpi update'\. iop\.yaml är oförändrad\.\n$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(once);
  });

  it('extends twice offline with a repository table holding 2024-10 and 2025-10, and iop check then exits 0', () => {
    const { dir: repo, cleanup } = tempDir();
    cleanups.push(cleanup);
    mkdirSync(join(repo, '.git'));
    const dir = copyExample('test/fixtures/navet-kpi', repo);
    // 2024-10 is SCB's fixed number (as bundled); 2025-10 = 420,00 is a made-up test number, not SCB's.
    writeFileSync(join(repo, 'kpi.json'), JSON.stringify({ serier: { '1980': { värden: { '2024-10': 415.51, '2025-10': 420 } } } }));
    const first = runCli(['extend', dir], { cwd: repo });
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('KPI för okt 2024 är hämtat ur arkivets KPI-tabell kpi.json och KPI för okt 2023 ur iop:s medföljande tabell.');
    const second = runCli(['extend', dir], { cwd: repo });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Förlängde N163-0038/24 fr.o.m.\u00a02026-04-01 t.o.m.\u00a02027-03-31 (period 2026, förlängning 2).');
    // Each extension is uplifted from the base period 2024: 500 000 × 420,00 / 409,07 = 513 359,6… → 513 360.
    expect(second.stdout).toContain('sn-nordost: 500\u00a0000\u00a0kr × 420,00 / 409,07 = 513\u00a0360\u00a0kr');
    const data = parseDocument(readFileSync(join(dir, 'iop.yaml'), 'utf8')).toJS() as {
      finansiering: { perioder: Array<Record<string, unknown>>; bidrag: Array<{ belopp?: unknown }> };
      avtalstid: { förlängningar: number };
    };
    expect(data.finansiering.perioder.slice(1)).toEqual([
      { id: '2025', start: '2025-04-01', slut: '2026-03-31', totalt: 888776, förlängning: true },
      { id: '2026', start: '2026-04-01', slut: '2027-03-31', totalt: 898380, förlängning: true },
    ]);
    expect(data.finansiering.bidrag.map((b) => b.belopp)).toEqual([
      { '2024': 500000, '2025': 507872, '2026': 513360 },
      { '2024': 300000, '2025': 304723, '2026': 308016 },
      { '2024': 75000, '2025': 76181, '2026': 77004 },
      undefined,
    ]);
    expect(data.avtalstid.förlängningar).toBe(2);
    const check = runCli(['check', dir, '--idag', '2026-05-01'], { cwd: repo });
    expect(check.stdout + check.stderr).not.toMatch(/kpi\//);
    expect(check.code).toBe(0);
    // Without the repository table the same check cannot confirm the 2026 amounts.
    rmSync(join(repo, 'kpi.json'));
    expect(runCli(['check', dir, '--idag', '2026-05-01', '--format', 'json'], { cwd: repo }).stdout).toContain('kpi/index-saknas');
  });

  it('refuses an agreement without extension', () => {
    const dir = copy('test/fixtures/minimal');
    const result = runCli(['extend', dir]);
    expect(result).toMatchObject({ code: 2, stderr: "iop: Överenskommelsen kan inte förlängas: avtalstid.förlängning.typ är 'ingen'.\n" });
  });

  it('refuses when the maximum number of extensions is reached', () => {
    const dir = copy('test/fixtures/kpi-forlangning');
    const file = join(dir, 'iop.yaml');
    const text = readFileSync(file, 'utf8').replace('max: 2', 'max: 1');
    writeFileSync(file, text);
    const result = runCli(['extend', dir]);
    expect(result).toMatchObject({ code: 2, stderr: 'iop: Överenskommelsen kan inte förlängas fler gånger: den har förlängts 1 gång och avtalet tillåter högst 1.\n' });
    expect(existsSync(join(dir, 'tillagg-2.md'))).toBe(false);
  });
});

describe('iop check on an ärende with a KPI extension period', () => {
  it('passes test/fixtures/kpi-forlangning and shows the computation when an amount is changed', () => {
    expect(runCli(['check', 'test/fixtures/kpi-forlangning', '--idag', '2024-06-01', '--quiet']).code).toBe(0);
    const dir = copy('test/fixtures/kpi-forlangning');
    const file = join(dir, 'iop.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"2025": 253936', '"2025": 255000'));
    const result = runCli(['check', dir, '--idag', '2024-06-01', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('250\u00a0000\u00a0kr × 415,51 / 409,07 = 253\u00a0936\u00a0kr (avrundat till hela kronor), men avtalet anger 255\u00a0000\u00a0kr');
  });
});
