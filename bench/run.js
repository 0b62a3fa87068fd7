// `npm run bench`: every figure is a median of several runs with its floor measured in the same run.
// `--quick` runs each once. Results: a table on stdout and bench/results.json.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';
import { compare, run } from './measure.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(HERE, 'out');
const BIN = join(ROOT, 'bin', 'iop.js');
const quick = process.argv.includes('--quick');
const times = quick ? 1 : 5;
const node = process.execPath;
const results = [];

function row(result, target, pass) {
  results.push({ ...result, target, pass });
  const fmt = (value) => `${value.toFixed(0)} ${result.unit ?? 'ms'}`;
  const cpu = (value) => (value === undefined ? '–' : `${value.toFixed(0)} ms`).padStart(10);
  console.log(
    `${result.name.padEnd(42)} ${fmt(result.subjectMs).padStart(9)} ${fmt(result.floorMs).padStart(9)} ${result.ratio.toFixed(2).padStart(6)}×  ${target.padEnd(8)} ${(pass ? 'ok' : 'MISSAT').padEnd(6)} ${cpu(result.subjectCpuMs)} ${cpu(result.floorCpuMs)}`,
  );
}

// Wall time decides the ratio; CPU time (user + system of every process and thread) shows what the
// work costs the machine, e.g. when worker threads buy wall time with more CPU.
console.log(`${'mätning'.padEnd(42)} ${'iop'.padStart(9)} ${'golv'.padStart(9)} ${'kvot'.padStart(7)}  ${'mål'.padEnd(8)} ${'utfall'.padEnd(6)} ${'iop cpu'.padStart(10)} ${'golv cpu'.padStart(10)}`);

// 1. iop check on 1, 100 and 1000 ärenden against read + parse + validate.
const checkTimes = {};
for (const count of [1, 100, 1000]) {
  const dir = join(OUT, `check-${count}`);
  generate(dir, count);
  const result = await compare(
    `check, ${count} ärenden`,
    () => run(node, [BIN, 'check', dir, '--format', 'json']),
    () => run(node, [join(HERE, 'floor-check.js'), dir]),
    count === 1000 ? Math.min(times, 3) : times,
  );
  checkTimes[count] = result.subjectMs;
  row(result, count === 1000 ? '≤ 1,5×' : '–', count === 1000 ? result.ratio <= 1.5 : true);
}
const perArende100 = (checkTimes[1000] - checkTimes[1]) / 999;
const perArende10 = (checkTimes[100] - checkTimes[1]) / 99;
const linearity = perArende100 / perArende10;
console.log(`check: ${perArende10.toFixed(2)} ms/ärende vid 100, ${perArende100.toFixed(2)} ms/ärende vid 1000 (kvot ${linearity.toFixed(2)}, linjärt om nära 1)`);
results.push({ name: 'check, linjäritet', msPerArendeAt100: perArende10, msPerArendeAt1000: perArende100, ratio: linearity, target: '≈ 1', pass: linearity < 1.5 });

// 4. Start-up: iop --version against node -e 0.
const startup = await compare('start, iop --version', () => run(node, [BIN, '--version']), () => run(node, ['-e', '0']), quick ? 3 : 10);
row(startup, '≤ 2×', startup.ratio <= 2);

// 2, 3, 5: building PDFs, when the build command and a browser are there.
const buildBench = join(HERE, 'build.js');
if (existsSync(buildBench)) {
  const { benchBuild } = await import('./build.js');
  for (const entry of await benchBuild({ times, quick, out: OUT })) row(entry, entry.target, entry.pass);
}

mkdirSync(HERE, { recursive: true });
writeFileSync(join(HERE, 'results.json'), JSON.stringify({ date: new Date().toISOString(), quick, times, results }, null, 2) + '\n');
console.log(`\nSparat i bench/results.json (${quick ? 'snabbläge, en körning' : `median av ${times} körningar`}).`);

