// Only the check comparison of `npm run bench`: `iop check DIR --format json` against
// bench/floor-check.js on the same folder, alternately, medians of wall and CPU time.
//   node bench/check-speed.js [--runs N (default 5)] [DIR (default bench/out/check-1000, made if missing)]
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { compare, run } from './measure.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = join(HERE, '..', 'bin', 'iop.js');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const dir = args[0] ?? join(HERE, 'out', 'check-1000');
if (!existsSync(dir)) generate(dir, 1000);

const node = process.execPath;
const result = await compare(
  'check',
  () => run(node, [BIN, 'check', dir, '--format', 'json']),
  () => run(node, [join(HERE, 'floor-check.js'), dir]),
  runs,
);
const ms = (value) => `${value === undefined ? '–' : value.toFixed(0)} ms`;
console.log(`check ${dir}, median of ${runs} runs`);
console.log(`  iop:   wall ${ms(result.subjectMs)}, cpu ${ms(result.subjectCpuMs)}`);
console.log(`  floor: wall ${ms(result.floorMs)}, cpu ${ms(result.floorCpuMs)}`);
console.log(`  ratio: wall ${result.ratio.toFixed(2)}×, cpu ${(result.subjectCpuMs / result.floorCpuMs).toFixed(2)}×`);
