#!/usr/bin/env node
// Compares a built agreement and tjänsteutlåtande with the seed they transcribe, sentence by
// sentence: what the PDF says that the seed does not (invented), what it says differently
// (changed), and what the seed says that the PDF lacks (missing).
//
//   node scripts/compare-seed.mjs [--arende examples/navet] [--seed test/fixtures/seed/….txt]
//                                 [--pdf-dir dist/navet] [--json] [--strict] [--utan-rattelser]
//
// --strict exits 1 when anything is invented or changed; --utan-rattelser compares with the seed
// as it is, without the Navet example's documented corrections.
//
// Without --pdf-dir it builds the ärende with --utkast into a temporary folder. Template furniture
// is left out of the comparison: running headers and footers, page numbers, the fingerprint, the
// draft watermark and "UTKAST" marks, the table of contents, the title page's document-type line
// and the numbers in front of headings. Fragments of fewer than three words (labels such as "För",
// a heading's number) are listed apart from sentences.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/** Sentences shorter than this many words are fragments (labels, headings' numbers). */
const MIN_WORDS = 3;
/** Word overlap (Dice) from which an unmatched PDF sentence counts as a changed seed sentence. */
const CHANGED_AT = 0.5;

const ABBREVIATIONS = /(?:^|\s)(?:t\.o\.m|fr\.o\.m|fr\.om|t\.ex|bl\.a|m\.m|ca|nr|org|s\.k|dvs|osv|jfr|resp|st)\.$/iu;

/** One spelling for what print and typing vary: spaces, quotes, dashes, soft hyphens, signature lines. */
export function normalize(text) {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b]/gu, '')
    .replace(/[\u00a0\u2007\u2009\u202f\t]/gu, ' ')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/gu, '"')
    .replace(/[\u2018\u2019]/gu, "'")
    .replace(/[\u2013\u2014]/gu, '–')
    .replace(/_{3,}/gu, ' ')
    .replace(/\*\*/gu, '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Splits a paragraph into sentences at . ! ? followed by a capital, digit or quote; abbreviations do not end one. */
export function sentences(paragraph) {
  const text = normalize(paragraph).replace(/^(?:[-•·]\s+)/u, '');
  if (text === '') return [];
  const out = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?](?=\s+["(\p{Lu}\d])/gu)) {
    const end = match.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 12), end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

function words(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice coefficient over the two sentences' words. */
export function similarity(a, b) {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/**
 * The corrections the Navet example documents (examples/navet/iop.yaml), applied to the seed before
 * comparing so that they are counted as corrections, not as changes. The third, the signatory
 * title "Titel" left unfilled, is a missing fragment.
 */
export const NAVET_CORRECTIONS = [
  { seed: 'från och med 2024-03-01 till och med 2025-12-31', rättat: 'från och med 2024-03-01 till och med 2025-03-31' },
  { seed: 'socialnämnden Nordost 2024-01-01 t.o.m. 2025-03-31', rättat: 'socialnämnden Nordost 2024-03-01 t.o.m. 2025-03-31' },
];

/** The seed with the documented corrections made, and how many of them were found. */
export function applyCorrections(text, corrections) {
  let applied = 0;
  let out = text;
  for (const c of corrections) {
    if (!out.includes(c.seed)) continue;
    out = out.split(c.seed).join(c.rättat);
    applied += 1;
  }
  return { text: out, applied };
}

/**
 * The seed's text, split into its two documents: the tjänsteutlåtande, and the agreement from the
 * line that is only its title. The agreement's table of contents (lines ending in a tab and a page
 * number) is left out. Table rows are split into cells, cells with lists into items.
 */
export function seedDocuments(text) {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const at = lines.findIndex((l) => l.trim() === 'Överenskommelse om Idéburet offentligt partnerskap');
  const split = (part) =>
    part
      .filter((l) => !/\t\d+\s*$/u.test(l) && l.trim() !== 'Innehållsförteckning')
      .flatMap((l) => l.split('\t'))
      .flatMap((cell) => (cell.includes('<ul') ? normalize(cell).split(/\s*(?:^|(?<=\p{L}))\s*-\s+(?=\p{L})/u) : [cell]))
      .map((l) => l.trim())
      .filter((l) => l !== '');
  return at === -1 ? { tjansteutlatande: split(lines), avtal: [] } : { tjansteutlatande: split(lines.slice(0, at)), avtal: split(lines.slice(at)) };
}

/**
 * The text of a PDF as one string, in reading order, without the running header and footer (by
 * position), the watermark, the table of contents and the numbers in front of headings.
 */
export async function pdfText(file) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const parts = [];
  let inToc = false;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const { height } = page.getViewport({ scale: 1 });
    const items = (await page.getTextContent()).items.filter((item) => 'str' in item);
    let lastY;
    let docTypeY;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const [size, , , , , y] = item.transform;
      // Running header and footer live in the top and bottom margins (about 20 mm).
      if (y > height - 56 || y < 56) continue;
      if (size > 40) continue; // the draft watermark
      const str = item.str;
      if (str.trim() === 'Innehåll' && size >= 13) {
        inToc = true;
        continue;
      }
      // The table of contents fills its page (it ends with a page break).
      if (inToc) continue;
      // A heading's number: digits alone, set in a heading's size, with the heading on the same line.
      const next = items.slice(i + 1).find((n) => n.str.trim() !== '');
      if (/^\d+(?:\.\d+)*$/u.test(str.trim()) && size >= 12 && next && Math.abs(next.transform[5] - y) < 1) continue;
      // The agreement's document-type line ("Överenskommelse · Diarienummer N163-0038/24"), whose
      // number may stand in an item of its own (numbers are kept together in a span).
      if (p === 1 && / · DIARIENUMMER\b/iu.test(str)) {
        docTypeY = y;
        continue;
      }
      if (docTypeY !== undefined && Math.abs(docTypeY - y) < 1) continue;
      const sameLine = lastY !== undefined && Math.abs(lastY - y) < 1;
      if (!sameLine && parts.length > 0) parts.push('\n');
      parts.push(p === 1 && /^(?:UTKAST TILL )?TJÄNSTEUTLÅTANDE$/u.test(str.trim()) ? 'Tjänsteutlåtande' : str);
      if (str !== '') lastY = y;
      if (item.hasEOL) parts.push('\n');
    }
    parts.push('\n');
    inToc = false;
  }
  await doc.destroy();
  const text = parts
    .join('')
    // A word broken at the line end ("arbets-" / "planen") is joined; a dash before "och" is not a break.
    .replace(/(\p{Ll})-[ \t]*\n\s*(?!(?:och|eller|samt|till)\b)(?=\p{Ll})/gu, '$1')
    // "2024-" / "2025": a range broken at its dash.
    .replace(/(\d[-–])[ \t]*\n\s*(?=\d)/gu, '$1');
  return normalize(text)
    .replace(/UTKAST – /gu, '')
    .replace(/\bUtkast till (\p{L})/gu, (_, c) => c.toUpperCase());
}

function isWordChar(c) {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Occurrence of `needle` in `hay` at a word boundary, from `from` up to `to`, not overlapping covered text. */
function find(hay, needle, covered, from, to) {
  let at = hay.indexOf(needle, from);
  while (at !== -1 && at + needle.length <= to) {
    const end = at + needle.length;
    const bounded = !(isWordChar(needle[0]) && isWordChar(hay[at - 1])) && !(isWordChar(needle.at(-1)) && isWordChar(hay[end]));
    if (bounded && !covered.slice(at, end).some(Boolean)) return at;
    at = hay.indexOf(needle, at + 1);
  }
  return -1;
}

/** How far back a short seed line is looked for before its found neighbour, in characters. */
const NEAR = 200;

/** The last uncovered occurrence of `needle` that starts in [from, to). */
function findLast(hay, needle, covered, from, to) {
  let last = -1;
  for (let at = find(hay, needle, covered, from, to + needle.length); at !== -1 && at < to; at = find(hay, needle, covered, at + 1, to + needle.length)) last = at;
  return last;
}

/**
 * Compares the PDF's text with the seed's paragraphs. Seed sentences are found in the PDF text in
 * order (long ones first, then short ones between their found neighbours); what the PDF has
 * beyond them is split into sentences and paired with the most similar seed sentence left over.
 */
export function compare(seedParagraphs, pdf) {
  const seed = seedParagraphs.flatMap(sentences);
  const covered = new Array(pdf.length).fill(false);
  const found = new Array(seed.length).fill(-1);
  const moved = [];
  const mark = (i, at) => {
    found[i] = at;
    covered.fill(true, at, at + seed[i].length);
  };
  let cursor = 0;
  seed.forEach((s, i) => {
    if (words(s).length < MIN_WORDS) return;
    let at = find(pdf, s, covered, cursor, pdf.length);
    if (at === -1) {
      at = find(pdf, s, covered, 0, pdf.length);
      if (at !== -1) moved.push(s);
    } else cursor = at + s.length;
    if (at !== -1) mark(i, at);
  });
  seed.forEach((s, i) => {
    if (found[i] !== -1) return;
    const before = found.slice(0, i).findLast((at, j) => at !== -1 && j < i);
    const prevIndex = found.slice(0, i).findLastIndex((at) => at !== -1);
    const lo = prevIndex === -1 ? 0 : found[prevIndex] + seed[prevIndex].length;
    const nextIndex = found.findIndex((at, j) => j > i && at !== -1);
    const hi = nextIndex === -1 ? pdf.length : found[nextIndex];
    let at = before === undefined ? find(pdf, s, covered, 0, hi) : find(pdf, s, covered, lo, Math.max(hi, lo));
    // A short line just before its neighbour (a signature block prints the party above the name).
    if (at === -1) at = findLast(pdf, s, covered, Math.max(0, lo - NEAR), lo);
    if (at === -1) {
      at = find(pdf, s, covered, 0, pdf.length);
      if (at !== -1 && words(s).length >= MIN_WORDS) moved.push(s);
    }
    if (at !== -1) mark(i, at);
  });

  // Sentences found out of order: those outside the longest run of increasing positions.
  const inOrder = longestIncreasing(found.map((at, i) => ({ at, i })).filter(({ at }) => at !== -1));
  moved.length = 0;
  found.forEach((at, i) => {
    if (at !== -1 && !inOrder.has(i)) moved.push(seed[i]);
  });

  const extra = [];
  let start = -1;
  for (let i = 0; i <= pdf.length; i++) {
    if (i < pdf.length && !covered[i]) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      extra.push(...sentences(pdf.slice(start, i)).filter((s) => /\p{L}/u.test(s)));
      start = -1;
    }
  }
  const leftover = seed.filter((_, i) => found[i] === -1);
  const changed = [];
  const invented = [];
  const fragments = [];
  for (const s of extra) {
    if (words(s).length < MIN_WORDS) {
      fragments.push(s);
      continue;
    }
    let best = -1;
    let score = 0;
    leftover.forEach((candidate, i) => {
      const value = similarity(s, candidate);
      if (value > score) [best, score] = [i, value];
    });
    if (best !== -1 && score >= CHANGED_AT) {
      changed.push({ seed: leftover[best], pdf: s, likhet: Math.round(score * 100) / 100 });
      leftover.splice(best, 1);
    } else invented.push(s);
  }
  const missing = leftover.filter((s) => words(s).length >= MIN_WORDS);
  const missingFragments = leftover.filter((s) => words(s).length < MIN_WORDS);
  return { seedSentences: seed.length, invented, changed, missing, moved, fragments, missingFragments };
}

/** Indices (i) of a longest subsequence whose positions (at) increase. */
function longestIncreasing(points) {
  const tails = [];
  const previous = new Array(points.length).fill(-1);
  for (let k = 0; k < points.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[tails[mid]].at < points[k].at) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out = new Set();
  for (let k = tails.at(-1) ?? -1; k !== -1; k = previous[k]) out.add(points[k].i);
  return out;
}

/** The seed (the real Navet documents), kept in the repository so the comparison always runs. */
export const SEED_FILE = join(ROOT, 'test', 'fixtures', 'seed', 'navet-tjansteutlatande-och-avtal-2024.txt');

function parseArgs(argv) {
  const args = { arende: 'examples/navet', seed: SEED_FILE, json: false, strict: false, corrections: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--strict') args.strict = true;
    else if (a === '--utan-rattelser') args.corrections = false;
    else if (a === '--arende' || a === '--seed' || a === '--pdf-dir') args[a.slice(2).replace('-d', 'D')] = argv[++i];
    else throw new Error(`Okänd flagga: ${a}`);
  }
  return args;
}

function report(name, result) {
  const lines = [
    `${name}: ${result.seedSentences} meningar i underlaget; ${result.invented.length} tillagda, ${result.changed.length} ändrade, ${result.missing.length} saknade` +
      ` (${result.moved.length} flyttade, ${result.fragments.length} tillagda fragment, ${result.missingFragments.length} saknade fragment)`,
  ];
  const list = (title, items, show = (x) => x) => {
    if (items.length === 0) return;
    lines.push(`  ${title}:`);
    for (const item of items) lines.push(`    - ${show(item)}`);
  };
  list('Tillagda (i PDF:en, inte i underlaget)', result.invented);
  list('Ändrade', result.changed, (c) => `underlaget: ${c.seed}\n      PDF:en:     ${c.pdf}`);
  list('Saknade (i underlaget, inte i PDF:en)', result.missing);
  list('Flyttade', result.moved);
  list('Tillagda fragment', result.fragments);
  list('Saknade fragment', result.missingFragments);
  return lines.join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let dir = args.pdfDir;
  let temp;
  if (!dir) {
    temp = mkdtempSync(join(tmpdir(), 'iop-compare-'));
    const arende = resolve(args.arende);
    const built = spawnSync(process.execPath, [join(ROOT, 'bin', 'iop.js'), 'build', arende, '--utkast', '--out', temp], { encoding: 'utf8' });
    if (built.status !== 0) {
      process.stderr.write(built.stdout + built.stderr);
      process.stderr.write(`Kunde inte bygga ${args.arende} (slutkod ${built.status}).\n`);
      process.exit(2);
    }
    dir = join(temp, arende.split(/[\\/]/).pop());
  }
  try {
    const corrected = applyCorrections(readFileSync(args.seed, 'utf8'), args.corrections ? NAVET_CORRECTIONS : []);
    const seed = seedDocuments(corrected.text);
    const results = {
      avtal: compare(seed.avtal, await pdfText(join(dir, 'avtal.pdf'))),
      tjansteutlatande: compare(seed.tjansteutlatande, await pdfText(join(dir, 'tjansteutlatande.pdf'))),
    };
    if (args.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      if (corrected.applied > 0) process.stdout.write(`${corrected.applied} dokumenterade rättelser gjorda i underlaget före jämförelsen.\n\n`);
      process.stdout.write(`${report('Överenskommelsen', results.avtal)}\n\n${report('Tjänsteutlåtandet', results.tjansteutlatande)}\n`);
    }
    const bad = Object.values(results).some((r) => r.invented.length > 0 || r.changed.length > 0);
    process.exitCode = args.strict && bad ? 1 : 0;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
