// Generates benchmark inputs: variants of the bundled examples (more parties, longer prose).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATES = ['examples/navet', 'examples/frivilligcentral'].filter((p) => existsSync(join(ROOT, p)));

/** A valid organisationsnummer for an ideell förening (first digit 8), from a running number. */
export function orgnr(seed) {
  // 8 = ideell förening; digits 3–4 are 20 or more, as in every organisationsnummer.
  const nine = `8${seed % 10}${20 + (seed % 80)}${String(10000 + ((seed * 7919) % 90000))}`;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${check}`;
}

function addParties(doc, count, seed) {
  const parter = doc.get('parter');
  for (let i = 0; i < count; i++) {
    const id = `forening-${seed}-${i}`;
    parter.add(
      doc.createNode({
        id,
        namn: `Föreningen Grannsamverkan ${seed}-${i}`,
        sektor: 'idéburen',
        organisationsnummer: orgnr(seed * 31 + i),
        firmatecknare: { namn: `Kim Andersson ${i}`, titel: 'Ordförande' },
      }),
    );
    doc.get('finansiering').get('bidrag').add(doc.createNode({ part: id, slag: 'insats', beskrivning: 'Ideell tid och lokal' }));
  }
  const underskrifter = doc.get('underskrifter');
  if (underskrifter && underskrifter.has('exemplar')) {
    const exemplar = underskrifter.get('exemplar') + count;
    underskrifter.set('exemplar', exemplar);
    // The agreement's own sentence about the originals states their number too: keep it true.
    const text = underskrifter.get('text');
    if (text) text.items.forEach((item, i) => text.set(i, String(item.value ?? item).replace(/\S+ \(\d+\) likalydande/, `${exemplar} likalydande`)));
  }
}

/** Writes `count` ärenden under `outDir`; returns their folders. */
export function generate(outDir, count, { longProse = true } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const dirs = [];
  for (let n = 0; n < count; n++) {
    const template = TEMPLATES[n % TEMPLATES.length];
    const dir = join(outDir, `arende-${String(n).padStart(4, '0')}`);
    cpSync(join(ROOT, template), dir, { recursive: true });
    const file = join(dir, 'iop.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['ärende', 'diarienummer'], `BENCH-${n}/25`);
    const extra = n % 4;
    if (extra > 0) addParties(doc, extra * 2, n);
    writeFileSync(file, String(doc));
    if (longProse && n % 3 === 0) {
      const avtal = join(dir, 'avtal.md');
      if (existsSync(avtal)) {
        const text = readFileSync(avtal, 'utf8');
        // Repeated without headings and without block placements: a block is placed once.
        writeFileSync(avtal, text + '\n' + text.replace(/^#+ .*$/gm, '').replace(/^\{\{>.*\}\}[ \t]*$/gm, '').repeat(2));
      }
    }
    dirs.push(dir);
  }
  return dirs;
}
