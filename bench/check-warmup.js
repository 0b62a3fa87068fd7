// How long the check takes to warm up: the same ärenden checked five times over in one thread
// (lib/ as `npm run build` made it). The first pass shows what a worker of `iop check` pays before
// its code is optimized, the last what a warm one pays; run it also with --no-rules, in a process
// of its own, for the same without the rules.
//   node bench/check-warmup.js [DIR (default bench/out/check-1000)] [--count N (default 100)] [--no-rules]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LIB = join(HERE, '..', 'lib');
const { checkDirs } = await import(join(LIB, 'check.js'));
const { discoverArenden } = await import(join(LIB, 'load', 'discover.js'));

const args = process.argv.slice(2);
const countAt = args.indexOf('--count');
const count = countAt >= 0 ? Number(args.splice(countAt, 2)[1]) : 100;
const noRulesAt = args.indexOf('--no-rules');
const withRules = noRulesAt < 0;
if (!withRules) args.splice(noRulesAt, 1);
const dirs = discoverArenden([args[0] ?? join(HERE, 'out', 'check-1000')]).slice(0, count);
const perPass = [];
for (let pass = 0; pass < 5; pass++) {
  const start = performance.now();
  checkDirs(dirs, { keepArenden: false, ...(withRules ? {} : { rules: [] }) });
  perPass.push(((performance.now() - start) / dirs.length).toFixed(1));
}
console.log(`${dirs.length} ärenden ${withRules ? 'with' : 'without'} the rules: ms per ärende, passes 1–5: ${perPass.join(' ')}`);
