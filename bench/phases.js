// Where a build's time goes, per document and step, from its IOP_DEBUG_TIMING=1 marks (stderr).
// Meant for a build with one page (--sidor 1), whose steps do not overlap:
//   IOP_DEBUG_TIMING=1 node bin/iop.js build DIR --out OUT --sidor 1 2> marks.txt; node bench/phases.js marks.txt
import { readFileSync } from 'node:fs';
const ev = readFileSync(process.argv[2], 'utf8').split('\n').map((l) => /iop-tid:\s+(\d+) ms (\w+): (.*)/.exec(l)).filter(Boolean).map((m) => ({ t: Number(m[1]), kind: m[2], step: m[3] }));
const phases = {};
const add = (k, v) => { (phases[k] ??= []).push(v); };
// Each step lasts from its mark to the document's next one.
const NAMES = {
  laddas: 'setContent (load), and the headings\' pages read from the layout when it has a table of contents',
  'sidnummer för innehållsförteckningen beräknade ur sidans layout': 'page numbers from the layout written into the page',
  'skrivs ut för mätning': 'headings-only print + read its bookmarks',
  'sidnummer för innehållsförteckningen uppmätta': 'page numbers written into the page',
  'sidnummer insatta': '→ full print starts',
  'skrivs ut': 'full print (page.pdf)',
  utskrivet: 'read + finish (manifest, metadata, save), off the page',
};
for (const kind of ['avtal', 'tjansteutlatande']) {
  const e = ev.filter((x) => x.kind === kind);
  for (let i = 0; i + 1 < e.length; i++) {
    const name = NAMES[e[i].step];
    if (name && e[i + 1].step !== 'laddas') add(`${kind}: ${name}`, e[i + 1].t - e[i].t);
  }
}
for (const [k, v] of Object.entries(phases)) {
  const s = v.reduce((a, b) => a + b, 0);
  const sorted = [...v].sort((a, b) => a - b);
  console.log(`${k.padEnd(70)} n=${String(v.length).padStart(2)} sum ${String(s).padStart(6)} ms  median ${sorted[sorted.length >> 1]} ms`);
}
