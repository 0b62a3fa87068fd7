import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/load/yaml.js';
import { computeLineStarts } from '../../src/load/positions.js';
import { validateAgainstSchema } from '../../src/schema/validate.js';
import { ROOT } from '../helpers/cli.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), 'utf8');

function validate(text: string) {
  const parsed = parseYaml({ file: '/arende/iop.yaml', text, lineStarts: computeLineStarts(text) });
  expect(parsed.diagnostics).toEqual([]);
  return validateAgainstSchema('iop', parsed.data, parsed.yaml!);
}

function lineNumberOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('schema diagnostics', () => {
  it('accepts the minimal ärende', () => {
    expect(validate(BASE)).toEqual([]);
  });

  it('suggests the right name for a misspelt key, at the key', () => {
    const text = BASE.replace('finansiering:', 'finansering:');
    const diagnostics = validate(text);
    const unknown = diagnostics.find((d) => d.ruleId === 'schema/okänt-fält');
    expect(unknown?.message).toBe("Okänt fält 'finansering' – menade du 'finansiering'?");
    expect(unknown?.line).toBe(lineNumberOf(text, 'finansering:'));
    expect(unknown?.path).toBe('/finansering');
    // finansiering is optional: an agreement may state no money in its main text.
    expect(diagnostics.filter((d) => d.ruleId === 'schema/saknat-fält')).toEqual([]);
  });

  it('names a missing key and its parent, at the parent', () => {
    const text = BASE.replace('  start: 2025-02-01\n  slut: 2026-01-31', '  slut: 2026-01-31');
    const diagnostics = validate(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'schema/saknat-fält', message: "Fältet 'start' saknas i 'avtalstid'.", path: '/avtalstid', line: lineNumberOf(text, 'avtalstid:') });
  });

  it('explains an invalid date', () => {
    const text = BASE.replace('start: 2025-02-01\n  slut', 'start: 2025-13-01\n  slut');
    const [diagnostic] = validate(text);
    expect(diagnostic).toMatchObject({ ruleId: 'schema/format', message: "'2025-13-01' är inget giltigt datum (ÅÅÅÅ-MM-DD).", path: '/avtalstid/start' });
  });

  it('rejects 30 February', () => {
    const [diagnostic] = validate(BASE.replace('datum: 2025-01-15', 'datum: 2024-02-30'));
    expect(diagnostic?.message).toBe("'2024-02-30' är inget giltigt datum (ÅÅÅÅ-MM-DD).");
  });

  it('gives one message for an amount written as words', () => {
    const text = BASE.replace('belopp: 250000', 'belopp: "tvåhundrafemtio tusen"');
    const diagnostics = validate(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.path).toBe('/finansiering/bidrag/0/belopp');
    expect(diagnostics[0]!.line).toBe(lineNumberOf(text, 'belopp: "'));
    expect(diagnostics[0]!.message).toContain('t.ex. 500000');
  });

  it('refuses an absurd amount such as 1e308', () => {
    const [diagnostic] = validate(BASE.replace('totalt: 250000\n  bidrag', 'totalt: 1e308\n  bidrag'));
    expect(diagnostic).toMatchObject({ ruleId: 'schema/värde', path: '/finansiering/perioder/0/totalt' });
    expect(diagnostic!.message).toMatch(/för stort/);
  });

  it('lists the allowed values of an enum and guesses the intended one', () => {
    const [diagnostic] = validate(BASE.replace('sektor: idéburen', 'sektor: ideburen'));
    expect(diagnostic!.message).toBe("'ideburen' är inget tillåtet värde för 'sektor'. Tillåtna värden: idéburen, offentlig. Menade du 'idéburen'?");
  });

  it('explains the form of an organisationsnummer', () => {
    const [diagnostic] = validate(BASE.replace('846005-8327', '846005 8327'));
    expect(diagnostic!.message).toBe("'846005 8327' är inget organisationsnummer i formen NNNNNN-NNNN: skriv 846005-8327.");
    expect(diagnostic!.path).toBe('/parter/0/organisationsnummer');
  });

  it('says a top-level list is not an ärende', () => {
    const parsed = parseYaml({ file: '/a/iop.yaml', text: '- a\n- b\n', lineStarts: [0, 4, 8] });
    const [diagnostic] = validateAgainstSchema('iop', parsed.data, parsed.yaml!);
    expect(diagnostic!.message).toMatch(/ska innehålla ett objekt/);
    expect(diagnostic!.line).toBe(1);
  });

  it('collects all errors, not just the first', () => {
    const text = BASE.replace('sektor: idéburen', 'sektor: x').replace('datum: 2025-01-15', 'datum: igår');
    expect(validate(text)).toHaveLength(2);
  });
});
