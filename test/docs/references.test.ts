import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';
import { formatReference } from '../../src/schema/reference.js';
import { loadSchema } from '../../src/schema/validate.js';

describe('generated references', () => {
  it('docs/format.md is the reference generated from the schema (regenerate: iop schema --markdown > docs/format.md)', () => {
    expect(readFileSync(join(ROOT, 'docs/format.md'), 'utf8')).toBe(formatReference(loadSchema('iop')));
  });

  it('describes every top-level field with its Swedish description', () => {
    const reference = formatReference(loadSchema('iop'));
    for (const key of ['ärende', 'parter', 'mål', 'finansiering', 'avtalstid', 'tjänsteutlåtande']) {
      expect(reference).toContain(`| \`${key}\` |`);
    }
    expect(reference).toContain('## `avtalstid.förlängning`');
  });

  it('iop schema prints the JSON Schema that editors use', () => {
    const result = runCli(['schema']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.parter.description).toMatch(/idéburen/);
  });
});
