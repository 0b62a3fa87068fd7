// The node side of a build's document making, without a browser: each ärende's documents made as
// `iop build` makes them (src/build/build.ts), timed in CPU. With a file after the folder, the
// document making alone (not the check) is profiled into it:
//   node bench/render-cpu.js bench/out/batch-50 /tmp/render.cpuprofile
//   node bench/cpuprofile.js /tmp/render.cpuprofile
// Prints the CPU of the check and of the document making, and a hash of every HTML made, which
// must not change when only the speed does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { checkDirs } from '../lib/check.js';
import { avtalDocument, hasTjansteutlatande, tjansteutlatandeDocument } from '../lib/render/document.js';
import { fingerprintOf, inputHashes, FINGERPRINT_LENGTH } from '../lib/render/fingerprint.js';
import { loadTemplates } from '../lib/render/templates.js';

const dir = resolve(process.argv[2] ?? 'bench/out/batch-50');
const dirs = readdirSync(dir).sort().map((name) => join(dir, name));
/** CPU time of the whole process (with the garbage collector's and compiler's threads), in ms. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** CPU time of the main thread alone (Linux), in ms: what competes with the browser in a build. */
const mainCpu = () => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
};

let t = cpu();
const checked = checkDirs(dirs, { cwd: dir });
const checkMs = cpu() - t;

const profileFile = process.argv[3];
const session = profileFile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
t = cpu();
const main = mainCpu();
const hash = createHash('sha256');
// The hashing is timed on its own and taken off: it is the benchmark's, not the build's.
let hashing = 0;
const keep = (html) => {
  const start = cpu();
  hash.update(html);
  hashing += cpu() - start;
};
let documents = 0;
for (const item of checked.arenden) {
  const arende = item.arende;
  const templates = loadTemplates(arende.config);
  const fingerprint = fingerprintOf(inputHashes(arende, templates)).slice(0, FINGERPRINT_LENGTH);
  const input = { arende, templates, fingerprint, utkast: false };
  // As the build does: made ahead, asked for again for the guess and the first print, then with the
  // measured page numbers.
  const first = avtalDocument(input);
  avtalDocument(input);
  avtalDocument(input, []);
  const numbered = avtalDocument(input, first.toc.map((_, i) => i + 2));
  keep(first.html);
  keep(numbered.html);
  documents++;
  if (hasTjansteutlatande(arende)) {
    keep(tjansteutlatandeDocument(input).html);
    documents++;
  }
}
const renderMs = cpu() - t - hashing;
const renderMainMs = mainCpu() - main - hashing;
if (session) writeFileSync(profileFile, JSON.stringify((await session.post('Profiler.stop')).profile));
console.log(`check ${checkMs.toFixed(0)} ms CPU; ${documents} documents ${renderMs.toFixed(0)} ms CPU (main thread ${renderMainMs.toFixed(0)} ms); html ${hash.digest('hex').slice(0, 16)}`);
