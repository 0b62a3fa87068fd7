// Self time of a .cpuprofile (node --cpu-prof) summed per function and per file, largest first:
//   node bench/cpuprofile.js FILE.cpuprofile [how many rows, default 25]
import { readFileSync } from 'node:fs';

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const rows = Number(process.argv[3] ?? 25);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const perFunction = new Map();
const perFile = new Map();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const file = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(lib|bench)\//, '$1/') || '(native)';
  const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  perFunction.set(fn, (perFunction.get(fn) ?? 0) + us);
  const group = file.startsWith('lib/') || file.startsWith('bench/') ? file : file.split('/')[0];
  perFile.set(group, (perFile.get(group) ?? 0) + us);
}
const busy = [...self].filter(([id]) => byId.get(id).callFrame.functionName !== '(idle)').reduce((sum, [, us]) => sum + us, 0);
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
};
console.log(`busy ${(busy / 1000).toFixed(0)} ms`);
show('per file or package', perFile);
show('per function', perFunction);
