// A differential check of `iop check`: its output (exit code, stdout, stderr) on a set of inputs,
// recorded once and compared after each change, byte for byte. Made for work on the check's speed,
// where the findings must not change.
//   node bench/check-diff.js --record   writes the baseline (bench/out/check-baseline/)
//   node bench/check-diff.js            compares with it; exits 1 on any difference
// The inputs: bench/out/check-1000 (the benchmark's), every ärende of examples/ and test/fixtures/
// (on three dates, in every format), and three seeds of bench/mutate.js (300 ärenden each, with
// faults). The generated folders are made when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { mutate, templateArenden } from './mutate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(HERE, 'out');
const BASELINE = join(OUT, 'check-baseline');
const BIN = join(ROOT, 'bin', 'iop.js');
const record = process.argv.includes('--record');

const bench = join(OUT, 'check-1000');
if (!existsSync(bench)) generate(bench, 1000);
const seeds = [1, 2, 3];
for (const seed of seeds) {
  const dir = join(OUT, `mutants-${seed}`);
  if (!existsSync(dir)) mutate(dir, { seed, count: 300 });
}
const fixtures = templateArenden().map((dir) => relative(ROOT, dir));

const cases = [];
const add = (name, args) => cases.push({ name, args });
for (const format of ['json', 'text']) add(`check-1000.${format}`, [relative(ROOT, bench), '--format', format, '--idag', '2025-06-01']);
for (const format of ['json', 'text', 'sarif', 'github']) add(`fixtures.${format}`, [...fixtures, '--format', format, '--idag', '2025-06-01']);
for (const today of ['2024-01-15', '2026-12-01']) add(`fixtures.${today}.json`, [...fixtures, '--format', 'json', '--idag', today]);
for (const fixture of fixtures) add(`one.${fixture.replaceAll('/', '_')}.text`, [fixture, '--idag', '2025-06-01']);
for (const seed of seeds) {
  const dir = relative(ROOT, join(OUT, `mutants-${seed}`));
  for (const format of ['json', 'text']) add(`mutants-${seed}.${format}`, [dir, '--format', format, '--idag', '2025-06-01']);
  add(`mutants-${seed}.2024-02-01.json`, [dir, '--format', 'json', '--idag', '2024-02-01']);
}

mkdirSync(BASELINE, { recursive: true });
let differences = 0;
for (const { name, args } of cases) {
  const result = spawnSync(process.execPath, [BIN, 'check', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const output = `exit ${result.status}\n--- stdout\n${result.stdout}--- stderr\n${result.stderr}`;
  const file = join(BASELINE, `${name}.out`);
  if (record) {
    writeFileSync(file, output);
    continue;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === output) continue;
  differences++;
  const a = expected.split('\n');
  const b = output.split('\n');
  let line = 0;
  while (line < a.length && a[line] === b[line]) line++;
  console.log(`DIFFERENT ${name}, first at line ${line + 1}:\n  was: ${a[line]?.slice(0, 300)}\n  now: ${b[line]?.slice(0, 300)}`);
}
console.log(record ? `Recorded ${cases.length} cases in ${relative(ROOT, BASELINE)}.` : `${cases.length} cases, ${differences} different.`);
process.exitCode = differences > 0 ? 1 : 0;
