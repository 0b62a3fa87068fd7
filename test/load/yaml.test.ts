import { describe, expect, it } from 'vitest';
import { parseYaml, locatePointer } from '../../src/load/yaml.js';
import { computeLineStarts, positionAt } from '../../src/load/positions.js';
import type { SourceText } from '../../src/model.js';

function source(text: string): SourceText {
  return { file: '/arende/iop.yaml', text, lineStarts: computeLineStarts(text) };
}

function lineOf(text: string, pointer: string, mode: 'value' | 'key' = 'value'): number {
  const parsed = parseYaml(source(text));
  const range = locatePointer(parsed.yaml!, pointer, mode);
  return positionAt(computeLineStarts(text), range.start).line;
}

const SAMPLE = ['ärende:', '  titel: Läxhjälp', 'finansiering:', '  bidrag:', '    - part: kommunen', '      belopp: 250000', '    - part: laxhjalpen', '      slag: insats', ''].join('\n');

describe('locatePointer', () => {
  it('points at the value itself', () => {
    expect(lineOf(SAMPLE, '/finansiering/bidrag/0/belopp')).toBe(6);
    expect(lineOf(SAMPLE, '/finansiering/bidrag/1/slag')).toBe(8);
  });

  it('points at the nearest existing key when the value is missing', () => {
    expect(lineOf(SAMPLE, '/finansiering/bidrag/1/belopp')).toBe(7);
    expect(lineOf(SAMPLE, '/avtalstid/slut')).toBe(1);
  });

  it('points at an unknown key itself', () => {
    expect(lineOf(SAMPLE, '/ärende/titel', 'key')).toBe(2);
  });

  it('counts lines the same with CRLF line ends', () => {
    expect(lineOf(SAMPLE.replaceAll('\n', '\r\n'), '/finansiering/bidrag/0/belopp')).toBe(6);
  });
});

describe('parseYaml', () => {
  it('gives the plain data of a valid file', () => {
    const parsed = parseYaml(source(SAMPLE));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data).toMatchObject({ finansiering: { bidrag: [{ part: 'kommunen', belopp: 250000 }, { slag: 'insats' }] } });
  });

  it('keeps ISO dates as text, not Date objects', () => {
    const parsed = parseYaml(source('avtalstid:\n  start: 2024-03-01\n'));
    expect(parsed.data).toEqual({ avtalstid: { start: '2024-03-01' } });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const parsed = parseYaml(source('ärende:\n  titel: A\n  titel: B\n'));
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ ruleId: 'yaml/dubblett-nyckel', line: 3 });
    expect(parsed.diagnostics[0]!.message).toMatch(/finns redan/);
  });

  it('reports tabs used for indentation in Swedish', () => {
    const parsed = parseYaml(source('ärende:\n\ttitel: A\n'));
    expect(parsed.diagnostics[0]).toMatchObject({ ruleId: 'yaml/syntax', line: 2 });
    expect(parsed.diagnostics[0]!.message).toMatch(/Tabbtecken|indrag/);
  });

  it('reports broken YAML with its line', () => {
    const parsed = parseYaml(source('ärende:\n  titel: "Läxhjälp\nparter: []\n'));
    expect(parsed.diagnostics.length).toBeGreaterThan(0);
    expect(parsed.diagnostics[0]!.ruleId).toBe('yaml/syntax');
    expect(parsed.data).toBeUndefined();
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(10).fill('*' + prev).join(',')}]`);
    }
    const parsed = parseYaml(source(lines.join('\n') + '\n'));
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics[0]!.message).toMatch(/alias/);
  });

  it('reports a key that is a list, in Swedish and without the parser\'s English warning', () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.message);
    process.on('warning', onWarning);
    const parsed = parseYaml(source('? [a, b]\n: 1\n'));
    process.off('warning', onWarning);
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ ruleId: 'yaml/syntax', message: 'Nycklar ska vara text.', line: 1, column: 3 })]);
    expect(warnings).toEqual([]);
  });

  it('reports every key that is a list or a map, in a list and inside another key, in the order they stand', () => {
    const parsed = parseYaml(source('lista:\n  - ? { a: 1 }\n    : x\n  - b: 2\n? [c, { ? [d] : 1 }]\n: y\n'));
    expect(parsed.diagnostics.map((d) => [d.message, d.line, d.column])).toEqual([
      ['Nycklar ska vara text.', 2, 7],
      ['Nycklar ska vara text.', 5, 3],
      ['Nycklar ska vara text.', 5, 11],
    ]);
  });

  it('reports an empty file', () => {
    const parsed = parseYaml(source('# bara en kommentar\n'));
    expect(parsed.diagnostics[0]).toMatchObject({ ruleId: 'fil/tom', line: 1 });
  });

  it('survives nesting thousands of levels deep', () => {
    const depth = 5000;
    const parsed = parseYaml(source('['.repeat(depth) + ']'.repeat(depth) + '\n'));
    expect(Array.isArray(parsed.diagnostics)).toBe(true);
  });
});
