// Where a build's time goes, per document and step, from its IOP_DEBUG_TIMING=1 marks (stderr).
// Meant for a build with one page (--sidor 1), whose steps do not overlap:
//   IOP_DEBUG_TIMING=1 node bin/iop.js build DIR --out OUT --sidor 1 2> marks.txt; node bench/phases.js marks.txt
import { readFileSync } from 'node:fs';
const ev = readFileSync(process.argv[2], 'utf8').split('\n').map((l) => /iop-tid:\s+(\d+) ms (\w+): (.*)/.exec(l)).filter(Boolean).map((m) => ({ t: Number(m[1]), kind: m[2], step: m[3] }));
const phases = {};
const add = (k, v) => { (phases[k] ??= []).push(v); };
for (const kind of ['avtal', 'tjansteutlatande']) {
  const e = ev.filter((x) => x.kind === kind);
  let last = {};
  let prevDone;
  for (const x of e) {
    last[x.step] = x.t;
    if (x.step === 'skrivs ut för mätning') add(`${kind} measuring print: setContent`, x.t - last['laddas för mätning']);
    if (x.step === 'sidnummer för innehållsförteckningen uppmätta') add(`${kind} measuring print: page.pdf + pdf-lib load + outline`, x.t - last['skrivs ut för mätning']);
    if (x.step === 'laddas' && last['sidnummer för innehållsförteckningen uppmätta'] !== undefined) add(`${kind} make the document again with the page numbers`, x.t - last['sidnummer för innehållsförteckningen uppmätta']);
    if (x.step === 'skrivs ut') add(`${kind} full print: setContent`, x.t - last['laddas']);
    if (x.step === 'utskrivet') { add(`${kind} full print: page.pdf + pdf-lib load + outline`, x.t - last['skrivs ut']); }
    if (x.step === 'metadata klar') add(`${kind} manifest + metadata + save (overlaps next print)`, x.t - last['utskrivet']);
    if ((x.step === 'laddas för mätning' || (kind !== 'avtal' && x.step === 'laddas')) && last['utskrivet'] !== undefined && prevDone !== last['utskrivet']) { add(`${kind} page free → next document starts`, x.t - last['utskrivet']); prevDone = last['utskrivet']; }
  }
}
for (const [k, v] of Object.entries(phases)) {
  const s = v.reduce((a, b) => a + b, 0);
  const sorted = [...v].sort((a, b) => a - b);
  console.log(`${k.padEnd(62)} n=${String(v.length).padStart(2)} sum ${String(s).padStart(6)} ms  median ${sorted[sorted.length >> 1]} ms`);
}
