// iop check --format json: the counts per file add up to the summary, whichever file of the ärende
// (iop.yaml, avtal.md, a bilaga) or the repository (iop.config.yaml) a diagnostic is in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExample, runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-json-');
afterAll(temp.cleanup);

interface Report {
  files: { path: string; errors: number; warnings: number }[];
  diagnostics: { file: string; severity: string }[];
  summary: { files: number; errors: number; warnings: number };
}

function total(report: Report, key: 'errors' | 'warnings'): number {
  return report.files.reduce((sum, file) => sum + file[key], 0);
}

describe('iop check --format json', () => {
  const root = join(temp.dir, 'arkiv');
  mkdirSync(root);
  const dir = copyExample('test/fixtures/minimal', root);
  // A placeholder in avtal.md (a warning), a missing helper in a bilaga (an error), and a rule
  // setting that does not exist in iop.config.yaml (an error of the repository's file).
  writeFileSync(join(dir, 'avtal.md'), '## Bakgrund\n\n[fyll i: bakgrund]\n');
  mkdirSync(join(dir, 'bilagor'));
  writeFileSync(join(dir, 'bilagor', '1-plan.md'), '## Plan\n\n{{summa finansiering.totalt}}\n');
  writeFileSync(join(root, 'iop.config.yaml'), 'regler:\n  parter/sektorer: avstängd\n');

  it('counts every diagnostic of the ärende under its iop.yaml, and the config as a file of its own', () => {
    const result = runCli(['check', '.', '--format', 'json', '--idag', '2025-01-20'], { cwd: root });
    const report = JSON.parse(result.stdout) as Report;
    expect(new Set(report.diagnostics.map((d) => d.file))).toEqual(new Set(['minimal/avtal.md', 'minimal/bilagor/1-plan.md', 'iop.config.yaml']));
    expect(total(report, 'errors')).toBe(report.summary.errors);
    expect(total(report, 'warnings')).toBe(report.summary.warnings);
    expect(report.files).toEqual([
      { path: 'minimal/iop.yaml', errors: report.summary.errors - 1, warnings: report.summary.warnings },
      { path: 'iop.config.yaml', errors: 1, warnings: 0 },
    ]);
    expect(report.summary.errors).toBeGreaterThanOrEqual(2);
    expect(report.summary.warnings).toBeGreaterThanOrEqual(1);
  });

  it('adds up with --quiet too, where only errors are counted', () => {
    const report = JSON.parse(runCli(['check', '.', '--format', 'json', '--quiet', '--idag', '2025-01-20'], { cwd: root }).stdout) as Report;
    expect(total(report, 'errors')).toBe(report.summary.errors);
    expect(total(report, 'warnings')).toBe(0);
    expect(report.summary.warnings).toBe(0);
  });
});
