// What a check derives from an ärende dies with the ärende (src/derived.ts). Kept in a WeakMap, it
// lived through every young-generation collection (V8 treats a WeakMap's entries as strong there)
// and kept its ärende alive with it: each ärende was copied twice over and promoted, and the check
// of 1 000 ärenden spent twice as long collecting. V8 reports what each collection promoted
// (--trace-gc-nvp); a check of 40 ärenden promotes little more than what stays.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { derivedOn } from '../../src/derived.js';
import { ROOT } from '../helpers/cli.js';

const ARENDEN = 40;

/** Bytes promoted by young-generation collections while the ärende of `dir` is checked ARENDEN times over. */
async function promotedWhileChecking(dir: string): Promise<number> {
  const script = `
    const { checkDirs } = await import(${JSON.stringify(join(ROOT, 'lib/check.js'))});
    const dirs = new Array(${ARENDEN}).fill(${JSON.stringify(dir)});
    checkDirs(dirs.slice(0, 5), { keepArenden: false });
    console.log('start');
    const result = checkDirs(dirs, { keepArenden: false });
    console.log('end', result.files.length);
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--trace-gc-nvp', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const lines = stdout.split('\n');
  const checked = lines.slice(lines.indexOf('start'), lines.findIndex((line) => line.startsWith('end ')));
  expect(checked.length).toBeGreaterThan(0);
  let promoted = 0;
  for (const line of checked) if (/\bgc=s\b/.test(line)) promoted += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? 0);
  return promoted;
}

describe('a check of many ärenden', () => {
  it('lets each ärende die young: what the rules derive from it is not kept past it', async () => {
    const promoted = await promotedWhileChecking(join(ROOT, 'examples', 'navet'));
    // Was some 270 kB an ärende; what stays (compiled patterns, caches) is far less.
    expect(promoted / ARENDEN).toBeLessThan(100_000);
  }, 60_000);
});

describe('derivedOn', () => {
  const KEY = Symbol('test');

  it('makes the value once and keeps it on the object', () => {
    const owner = { name: 'Navet' };
    let made = 0;
    const first = derivedOn(owner, KEY, (o) => ({ upper: o.name.toUpperCase(), n: ++made }));
    expect(derivedOn(owner, KEY, () => ({ upper: '', n: ++made }))).toBe(first);
    expect(first).toEqual({ upper: 'NAVET', n: 1 });
  });

  it('is not carried by a copy of the object, nor shown by it', () => {
    const owner = { name: 'Navet' };
    derivedOn(owner, KEY, () => 1);
    const copy = { ...owner };
    expect(derivedOn(copy, KEY, () => 2)).toBe(2);
    expect(JSON.stringify(owner)).toBe('{"name":"Navet"}');
    expect(Object.keys(owner)).toEqual(['name']);
  });

  it('makes a new value each time for an object that cannot take one', () => {
    const owner = Object.freeze({ name: 'Navet' });
    expect(derivedOn(owner, KEY, () => 1)).toBe(1);
    expect(derivedOn(owner, KEY, () => 2)).toBe(2);
  });
});
