// The one atomic writer (src/io/atomic.ts): whole files or none, and a Swedish reason when it fails.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTempName, tempNameFor, writeErrorReason, writeFileAtomic } from '../../src/io/atomic.js';
import { tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-atomic-');
afterAll(temp.cleanup);

describe('writeFileAtomic', () => {
  it('replaces a file in one step and leaves no temporary file', () => {
    const file = join(temp.dir, 'a.txt');
    writeFileSync(file, 'gammalt');
    writeFileAtomic(file, 'nytt');
    expect(readFileSync(file, 'utf8')).toBe('nytt');
    writeFileAtomic(file, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(readFileSync(file, 'latin1')).toBe('%PDF');
    expect(readdirSync(temp.dir)).toEqual(['a.txt']);
  });

  it('creates the folder only when asked (kpi update, extend and deadlines --ics keep failing on a missing one)', () => {
    expect(() => writeFileAtomic(join(temp.dir, 'saknas', 'b.txt'), 'x')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(existsSync(join(temp.dir, 'saknas'))).toBe(false);
    writeFileAtomic(join(temp.dir, 'ny', 'mapp', 'b.txt'), 'x', { createDir: true });
    expect(readFileSync(join(temp.dir, 'ny', 'mapp', 'b.txt'), 'utf8')).toBe('x');
  });

  it('leaves the old file and no temporary file when the write fails', () => {
    const dir = join(temp.dir, 'fel');
    mkdirSync(dir);
    const file = join(dir, 'c.txt');
    writeFileSync(file, 'orört');
    // A folder where the file should go: the rename fails after the temporary file was written.
    mkdirSync(join(dir, 'd.txt'));
    expect(() => writeFileAtomic(join(dir, 'd.txt'), 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['c.txt', 'd.txt']);
    expect(readFileSync(file, 'utf8')).toBe('orört');
  });

  it('names temporary files so that a leftover can be recognised', () => {
    const name = tempNameFor('/x/avtal.pdf').split('/').pop()!;
    expect(isTempName(name)).toBe(true);
    expect(isTempName('avtal.pdf')).toBe(false);
    expect(tempNameFor('/x/avtal.pdf')).not.toBe(tempNameFor('/x/avtal.pdf'));
  });

  it('says in Swedish why a write failed', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(writeErrorReason(error('ENOSPC'))).toBe('disken är full');
    expect(writeErrorReason(error('EROFS'))).toBe('filsystemet är skrivskyddat');
    expect(writeErrorReason(error('EACCES'))).toBe('behörighet saknas');
    expect(writeErrorReason(error('ENOTDIR'))).toBe('en del av sökvägen är en fil, inte en mapp');
    expect(writeErrorReason(error('EXDEV'))).toBe('EXDEV');
  });
});
