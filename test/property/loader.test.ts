// The loader and the check pipeline answer every input with diagnostics, never with an exception.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { checkDirs } from '../../src/check.js';
import { parseYaml } from '../../src/load/yaml.js';
import { readSource } from '../../src/load/source.js';
import { computeLineStarts } from '../../src/load/positions.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-property-loader-');
afterAll(temp.cleanup);

const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), 'utf8');
let counter = 0;

/** A fresh ärende folder holding `content` as its iop.yaml. */
function folderWith(content: string | Uint8Array): string {
  const dir = join(temp.dir, `a${counter++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'iop.yaml'), content);
  return dir;
}

/** Every diagnostic is well formed (a rule id, a message, a place at or after 1:1) and no rule crashed. */
function expectWellFormed(dir: string): void {
  const result = checkDirs([dir], { today: '2025-06-01' });
  for (const d of result.diagnostics) {
    expect(d.ruleId).toMatch(/^[a-zåäö-]+\/[\wåäö-]+$/);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    // The engine turns a rule that throws into this diagnostic; on schema-valid data it is a bug.
    expect(d.message).not.toMatch(/^Regeln kunde inte köras/);
  }
}

describe('loader: never throws', () => {
  it('reads arbitrary bytes as iop.yaml', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const dir = folderWith(bytes);
        const read = readSource(join(dir, 'iop.yaml'));
        if (read.ok) parseYaml(read.source);
        expectWellFormed(dir);
      }),
      { numRuns: 150 },
    );
  });

  it('parses arbitrary text, including every Unicode plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        parseYaml({ file: '/virtual/iop.yaml', text, lineStarts: computeLineStarts(text) });
      }),
      { numRuns: 500 },
    );
  });

  it('checks the minimal ärende with arbitrary text spliced in anywhere', () => {
    fc.assert(
      fc.property(fc.nat({ max: MINIMAL.length }), fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (at, text) => {
        expectWellFormed(folderWith(MINIMAL.slice(0, at) + text + MINIMAL.slice(at)));
      }),
      { numRuns: 150 },
    );
  });

  it('checks the minimal ärende with any one value replaced by arbitrary data', () => {
    const doc = parseDocument(MINIMAL);
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>): void => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(doc.toJS(), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const copy = parseDocument(MINIMAL);
        copy.setIn(path, value);
        expectWellFormed(folderWith(String(copy)));
      }),
      { numRuns: 200 },
    );
  });

  it('checks arbitrary YAML documents', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }), (value) => {
        let text: string | undefined;
        try {
          text = stringify(value);
        } catch {
          return; // not every JavaScript value has a YAML form
        }
        if (typeof text === 'string') expectWellFormed(folderWith(text));
      }),
      { numRuns: 150 },
    );
  });
});
