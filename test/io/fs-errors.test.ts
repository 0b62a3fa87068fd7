import { describe, expect, it } from 'vitest';
import { fsErrorReason } from '../../src/io/fs-errors.js';

const error = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('fsErrorReason', () => {
  it('says why in Swedish, the same for reading and writing where the reason is the same', () => {
    expect(fsErrorReason(error('ENOSPC'), 'write')).toBe('disken är full');
    expect(fsErrorReason(error('EACCES'), 'read')).toBe('behörighet saknas');
    expect(fsErrorReason(error('EACCES'), 'write')).toBe('behörighet saknas');
  });

  it('words a missing path or a folder in the way by what was being done', () => {
    expect(fsErrorReason(error('ENOENT'), 'read')).toBe('filen eller mappen finns inte');
    expect(fsErrorReason(error('ENOENT'), 'write')).toBe('mappen finns inte');
    expect(fsErrorReason(error('EISDIR'), 'read')).toBe('det är en mapp');
    expect(fsErrorReason(error('EISDIR'), 'write')).toBe('det finns en mapp med det namnet');
  });

  it('falls back to the code for a reason it has no words for', () => {
    expect(fsErrorReason(error('EBUSY'), 'write')).toBe('EBUSY');
  });
});
