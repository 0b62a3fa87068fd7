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

  it('removes one byte order mark only, as a UTF-8 decoder does, and keeps a replacement character the file holds', () => {
    const twice = readSource(write('bom2.yaml', '\uFEFF\uFEFFärende: {}\n'));
    expect(twice.ok && twice.source.text).toBe('ärende: {}\n');
    const replacement = readSource(write('fffd.md', '\uFEFFEtt tecken som inte gick att läsa: \uFFFD.\n'));
    expect(replacement.ok && replacement.source.text).toBe('Ett tecken som inte gick att läsa: \uFFFD.\n');
    const inside = readSource(write('inside.md', 'Text\n\uFEFFmed märke\n'));
    expect(inside.ok && inside.source.text).toBe('Text\n\uFEFFmed märke\n');
  });

  it('keeps the start of every line', () => {
    const read = readSource(write('lines.md', 'ett\n\ntre\r\nfyra'));
    expect(read.ok && read.source.lineStarts).toEqual([0, 4, 5, 10]);
  });

  it('reports invalid UTF-8 after a byte order mark and a replacement character the file holds', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFa: "\uFFFD"\nb: '), Buffer.from([0xc3, 0x28])]);
    const read = readSource(write('mixed.yaml', bytes));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.diagnostic).toMatchObject({ ruleId: 'fil/kodning' });
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
