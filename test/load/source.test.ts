import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/load/source.js';
import { IopError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

const temp = tempDir();
afterAll(temp.cleanup);

function write(name: string, content: string | Buffer): string {
  const file = join(temp.dir, name);
  writeFileSync(file, content);
  return file;
}

describe('readSource', () => {
  it('removes a byte order mark', () => {
    const read = readSource(write('bom.yaml', '\uFEFFärende: {}\n'));
    expect(read.ok && read.source.text).toBe('ärende: {}\n');
  });

  it('reports invalid UTF-8 at the line of the first bad byte', () => {
    const read = readSource(write('latin1.yaml', Buffer.concat([Buffer.from('a: 1\nb: '), Buffer.from([0xe5, 0x0a])])));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.diagnostic).toMatchObject({ ruleId: 'fil/kodning', line: 2, column: 4 });
      expect(read.diagnostic.message).toMatch(/UTF-8/);
    }
  });

  it('reports NUL bytes as binary data', () => {
    const read = readSource(write('binary.yaml', 'a: 1\n\0\0\0'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.diagnostic).toMatchObject({ ruleId: 'fil/kodning', line: 2 });
  });

  it('refuses a file larger than the limit without reading it', () => {
    const read = readSource(write('large.yaml', Buffer.alloc(6 * 1024 * 1024, 0x20)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.diagnostic).toMatchObject({ ruleId: 'fil/storlek' });
  });

  it('throws a Swedish IopError for a missing file', () => {
    expect(() => readSource(join(temp.dir, 'finns-inte.yaml'))).toThrow(IopError);
    expect(() => readSource(join(temp.dir, 'finns-inte.yaml'))).toThrow(/finns inte/);
  });
});
