// `iop build` as a user runs it (dist/ is built by `npm test`'s pretest).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

const out = tempDir('iop-build-cli-');
afterAll(() => out.cleanup());

describe('iop build', () => {
  it('refuses an ärende with errors: exit 1, the diagnostics, and no PDF', () => {
    const target = join(out.dir, 'fel');
    const result = runCli(['build', 'test/fixtures/navet-original', '--out', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/fel {2}/);
    expect(result.stderr).toContain('ingen PDF byggdes eftersom ärendet har fel');
    expect(existsSync(target)).toBe(false);
  });

  it('builds a draft with --utkast, marked UTKAST on every page', async () => {
    const target = join(out.dir, 'utkast');
    const result = runCli(['build', 'test/fixtures/navet-original', '--out', target, '--utkast', '--html']);
    expect(result.stderr).toContain('Bygger 1/1: navet-original');
    const pdf = join(target, 'navet-original', 'avtal.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readdirSync(join(target, 'navet-original')).sort()).toEqual(['avtal.html', 'avtal.pdf', 'tjansteutlatande.html', 'tjansteutlatande.pdf']);
    const draft = await readPdf(pdf);
    expect(draft.pages.length).toBeGreaterThan(1);
    for (const page of draft.pages) expect(page).toContain('UTKAST');
    expect(draft.info.title).toMatch(/^UTKAST – /);
    // The draft was asked for and built; the errors are still printed.
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/fel {2}/);
  });

  it('with IOP_DEBUG_TIMING=1 says when each step of the build happened', () => {
    const result = runCli(['build', 'examples/frivilligcentral', '--out', join(out.dir, 'tid')], { env: { IOP_DEBUG_TIMING: '1' } });
    expect(result.code).toBe(0);
    const steps = [...result.stderr.matchAll(/^iop-tid: +(\d+) ms (.+)$/gm)].map((m) => ({ ms: Number(m[1]), step: m[2] }));
    const names = steps.map((s) => s.step);
    for (const step of ['webbläsaren startas', 'kontrollen klar', 'webbläsaren startad', 'avtal: skrivs ut', 'avtal: klart', 'webbläsaren stängd']) expect(names).toContain(step);
    expect(steps.map((s) => s.ms)).toEqual([...steps.map((s) => s.ms)].sort((a, b) => a - b));
    expect(runCli(['build', 'examples/frivilligcentral', '--out', join(out.dir, 'tid2')]).stderr).not.toContain('iop-tid');
  });

  it('says in Swedish how to get a browser when the one named does not exist', () => {
    const result = runCli(['build', 'test/fixtures/navet-kpi', '--out', join(out.dir, 'x'), '--browser', '/finns/inte/chrome']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Webbläsaren /finns/inte/chrome (från --browser) finns inte.');
  });
});
