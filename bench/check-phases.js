// Where `iop check` spends its time, in one thread: loading, the schema and each rule, summed over
// the ärenden of a folder (lib/ as `npm run build` made it). The first pass warms the code up; the
// figures are of the passes after it.
//   node bench/check-phases.js [DIR (default bench/out/check-1000)] [--passes N (default 2)] [--rows N]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const LIB = join(HERE, '..', 'lib');
const { discoverArenden } = await import(join(LIB, 'load', 'discover.js'));
const { loadArende } = await import(join(LIB, 'load', 'arende.js'));
const { ConfigResolver } = await import(join(LIB, 'load', 'config.js'));
const { validateAgainstSchema } = await import(join(LIB, 'schema', 'validate.js'));
const { runRules } = await import(join(LIB, 'rules', 'engine.js'));
const { RULES } = await import(join(LIB, 'rules', 'index.js'));
const { sortDiagnostics } = await import(join(LIB, 'check.js'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const passes = option('--passes', 2);
const rows = option('--rows', 25);
const dirs = discoverArenden([args[0] ?? join(HERE, 'out', 'check-1000')]);

const totals = new Map();
const add = (name, ms) => totals.set(name, (totals.get(name) ?? 0) + ms);
for (let pass = 0; pass < passes; pass++) {
  if (pass === 1) totals.clear();
  const configs = new ConfigResolver({ rules: RULES.map((rule) => rule.meta.id) });
  for (const dir of dirs) {
    let t = performance.now();
    const { arende, diagnostics } = loadArende(dir, configs);
    add('load', performance.now() - t);
    if (arende.data === undefined || diagnostics.some((d) => d.severity === 'error')) continue;
    t = performance.now();
    const schema = validateAgainstSchema('iop', arende.data, arende.yaml);
    add('schema', performance.now() - t);
    if (schema.length > 0) continue;
    for (const rule of RULES) {
      t = performance.now();
      // One rule at a time, so each is timed; the rules a rule needs are not consulted here.
      const found = runRules(arende, [rule], { today: '2025-06-01' });
      add(`rule ${rule.meta.id}`, performance.now() - t);
      t = performance.now();
      sortDiagnostics(found);
      add('sort', performance.now() - t);
    }
  }
}
const all = [...totals.values()].reduce((a, b) => a + b, 0);
const rules = [...totals].filter(([name]) => name.startsWith('rule ')).reduce((a, [, ms]) => a + ms, 0);
console.log(`${dirs.length} ärenden, pass ${passes} of ${passes}: ${all.toFixed(0)} ms in all, rules ${rules.toFixed(0)} ms`);
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
