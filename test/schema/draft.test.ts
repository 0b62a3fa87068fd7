// A draft builds whenever the YAML can be read: the values the schema rejects are left out, never replaced.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { draftData } from '../../src/schema/draft.js';
import { runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-draft-');
afterAll(() => temp.cleanup());

function copyWith(name: string, change: (yaml: string) => string): string {
  const dir = join(temp.dir, name);
  cpSync('test/fixtures/minimal', dir, { recursive: true });
  const file = join(dir, 'iop.yaml');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return dir;
}

describe('draftData', () => {
  const schemaErrors = (data: unknown): string[] => {
    const d = data as { ärende?: Record<string, unknown> };
    return d.ärende && 'okänt' in d.ärende ? ['/ärende/okänt'] : [];
  };

  it('leaves out the rejected value and keeps everything else', () => {
    const data = { ärende: { titel: 'T', okänt: 1 }, parter: [{ id: 'a' }] };
    expect(draftData(data, ['/ärende/okänt'], schemaErrors)).toEqual({ ärende: { titel: 'T' }, parter: [{ id: 'a' }] });
    expect(data.ärende).toHaveProperty('okänt');
  });

  it('gives up, rather than invent a value, when what is left still breaks the schema', () => {
    expect(draftData({ ärende: { okänt: 1 } }, ['/ärende/okänt'], () => ['/ärende'])).toBeUndefined();
  });

  it('never removes an array item, so every other pointer stays right', () => {
    expect(draftData({ parter: [{ id: 'a' }, 7] }, ['/parter/1'], () => [])).toBeUndefined();
  });
});

describe('iop build with data the schema rejects', () => {
  const dir = copyWith('minimal', (yaml) => yaml.replace('  ort: Malmö\n', '  ort: Malmö\n  handläggare: Eva\n'));

  it('check reports the schema error alone, with no findings that only echo it', () => {
    const result = runCli(['check', dir, '--format', 'json']);
    expect(result.code).toBe(1);
    const ids = JSON.parse(result.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(ids).toEqual(['schema/okänt-fält']);
  });

  it('a final build refuses it: exit 1 and no PDF', () => {
    const out = join(temp.dir, 'slutlig');
    const result = runCli(['build', dir, '--out', out]);
    expect(result.code).toBe(1);
    expect(existsSync(join(out, 'minimal', 'avtal.pdf'))).toBe(false);
  });

  it('a draft builds from what the schema accepts', async () => {
    const out = join(temp.dir, 'utkast');
    const result = runCli(['build', dir, '--out', out, '--utkast']);
    expect(result.stderr).toContain('schema/okänt-fält');
    expect(result.code).toBe(0);
    const pdf = await PDFDocument.load(readFileSync(join(out, 'minimal', 'avtal.pdf')), { updateMetadata: false });
    expect(pdf.getTitle()).toMatch(/^UTKAST – /);
    expect(pdf.getPageCount()).toBeGreaterThan(0);
  });
});
