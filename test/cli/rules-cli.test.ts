// The real CLI, spawned as a user would: `iop rules`, rule settings in iop.config.yaml, exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'iop.js');
let work: string;

function iop(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary copy of examples/navet with `edit` applied to its iop.yaml. */
function navetCopy(name: string, edit: (yaml: string) => string): string {
  const dir = join(work, name);
  cpSync(join(ROOT, 'examples', 'navet'), dir, { recursive: true });
  const file = join(dir, 'iop.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

interface JsonDiagnostic {
  ruleId: string;
  severity: string;
  path?: string;
}

// lib/ is built by `npm test`'s pretest step; compiling it again here would race the other test files.
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'iop-regler-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('iop rules', () => {
  it('listar minst tolv regler med id, allvarlighetsgrad och beskrivning', () => {
    const result = iop('rules', '--format', 'json');
    expect(result.status).toBe(0);
    const rules = JSON.parse(result.stdout) as { id: string; severity: string; description: string }[];
    expect(rules.length).toBeGreaterThanOrEqual(12);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-zåäö]+\/[a-zåäö-]+$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});

describe('iop check med regler', () => {
  it('godkänner exemplen', () => {
    expect(iop('check', join(ROOT, 'examples', 'navet')).status).toBe(0);
  });

  it('underkänner ett felaktigt organisationsnummer, men inte när regeln är avstängd', () => {
    const dir = navetCopy('orgnr', (yaml) => yaml.replace('organisationsnummer: 802444-1100', 'organisationsnummer: 802444-1101'));
    const broken = iop('check', dir, '--format', 'json');
    expect(broken.status).toBe(1);
    const diagnostics = (JSON.parse(broken.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'parter/organisationsnummer', severity: 'error', path: expect.stringMatching(/^\/parter\//) }));
    writeFileSync(join(dir, 'iop.config.yaml'), 'regler:\n  parter/organisationsnummer: off\n');
    expect(iop('check', dir).status).toBe(0);
  });

  it('underkänner en total som inte är summan av bidragen', () => {
    const dir = navetCopy('totalt', (yaml) => yaml.replace('  per_år: 875000', '  per_år: 870000'));
    const result = iop('check', dir, '--format', 'json');
    expect(result.status).toBe(1);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'finansiering/summa', severity: 'error', path: expect.stringMatching(/^\/finansiering/) }));
  });
});
