// The day iop counts from: IOP_IDAG pins it for every command, so a run gives the same answer every
// day; without it, today's date. The suite itself runs with IOP_IDAG set (vitest.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/calendar/today.js';
import { IopError } from '../../src/errors.js';
import { ROOT, runCli } from '../helpers/cli.js';

const NAVET = 'examples/navet';
// Navet's last day to decide on an extension is 2027-01-31; påminnelse_dagar is 60 by default.
const NEAR = '2026-12-15';
const FAR = '2026-06-01';

describe('todayIso', () => {
  it('returns IOP_IDAG when it is set', () => {
    expect(todayIso({ IOP_IDAG: '2031-02-28' })).toBe('2031-02-28');
  });

  it("returns today's date when IOP_IDAG is unset or blank", () => {
    const before = new Date().toISOString().slice(0, 10);
    const found = [todayIso({}), todayIso({ IOP_IDAG: '  ' })];
    const after = new Date().toISOString().slice(0, 10);
    for (const day of found) expect([before, after]).toContain(day);
  });

  it.each(['2026-13-01', '2026-02-30', '1 december', '20261201'])('refuses IOP_IDAG=%s with a Swedish message', (value) => {
    expect(() => todayIso({ IOP_IDAG: value })).toThrow(IopError);
    expect(() => todayIso({ IOP_IDAG: value })).toThrow(`IOP_IDAG ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '${value}'.`);
  });
});

describe('IOP_IDAG on the command line', () => {
  it('decides whether check warns of a near deadline', () => {
    const near = runCli(['check', NAVET], { env: { IOP_IDAG: NEAR } });
    expect(near.code).toBe(0);
    expect(near.stdout).toMatch(/varning\s+Sista dag för ställningstagande om förlängning .*: 2027-01-31, om 47 dagar\./);
    const far = runCli(['check', NAVET], { env: { IOP_IDAG: FAR } });
    expect(far.code).toBe(0);
    expect(far.stdout).not.toContain('tidsfrister/påminnelse');
  });

  it('gives way to --idag', () => {
    const result = runCli(['check', NAVET, '--idag', FAR], { env: { IOP_IDAG: NEAR } });
    expect(result.stdout).not.toContain('tidsfrister/påminnelse');
  });

  it('marks the deadlines before it as passed in iop deadlines', () => {
    const deadlines = (day: string) => JSON.parse(runCli(['deadlines', NAVET, '--format', 'json'], { env: { IOP_IDAG: day } }).stdout);
    const passed = (report: unknown) => JSON.stringify(report).match(/"passerad":true/g)?.length ?? 0;
    expect(passed(deadlines('2020-01-01'))).toBe(0);
    expect(passed(deadlines('2040-01-01'))).toBeGreaterThan(0);
  });

  it.each([['check'], ['deadlines']])('--idag with a day that does not exist: iop %s exits 2 with the message', (command) => {
    const result = runCli([command, NAVET, '--idag', '2026-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--idag ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '2026-02-30'.");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with the message, not a stack trace, when it is not a date', () => {
    const result = runCli(['check', NAVET], { env: { IOP_IDAG: 'i morgon' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("IOP_IDAG ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte 'i morgon'.");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the clock', () => {
  // A date read from the clock anywhere else escapes IOP_IDAG, and a test that passes today fails
  // the day a deadline comes near (as the preview tests did on 2026-12-01).
  const allowed: Record<string, string> = {
    'src/calendar/today.ts': 'the one reading of the date',
    'src/commands/preview.ts': 'the time of day shown beside each rebuild, not a date',
    'src/render/bundled-browser.ts': 'the age of a half-unpacked browser, not a date',
  };

  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return entry.name.endsWith('.ts') ? [path] : [];
    });
  }

  it('is read for a date only in src/calendar/today.ts', () => {
    const readers = sources(join(ROOT, 'src'))
      .filter((file) => /new Date\(\s*\)|Date\.now\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file).split('\\').join('/'));
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((file) => !(file in allowed))).toEqual([]);
  });

  it("is not read for today's date by any other test: they count from IOP_IDAG (todayIso())", () => {
    const readers = sources(join(ROOT, 'test'))
      .filter((file) => /new Date\(\s*\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file).split('\\').join('/'));
    expect(readers).toEqual(['test/calendar/today.test.ts']);
  });
});
