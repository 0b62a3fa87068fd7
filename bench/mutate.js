// Generates ärenden with seeded random faults, for bench/check-diff.js: copies of the examples and
// test fixtures with values of iop.yaml changed, removed or swapped and lines of their Markdown
// changed, so that most rules find something somewhere. The same seed gives the same folders.
//   node bench/mutate.js OUT_DIR [--seed N (default 1)] [--count N (default 300)]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every ärende folder (a folder with iop.yaml) under examples/ and test/fixtures/. */
export function templateArenden() {
  const found = [];
  const walk = (dir) => {
    if (existsSync(join(dir, 'iop.yaml'))) found.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory() && entry.name !== 'node_modules') walk(join(dir, entry.name));
  };
  walk(join(ROOT, 'examples'));
  walk(join(ROOT, 'test', 'fixtures'));
  return found.sort();
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  'TODO',
  'XX',
  'ÅÅÅÅ-MM-DD',
  '[namn]',
  '{{parter}}',
  '{{avtalstid.start}}',
  '{{> mal}}',
  'enligt bilaga 7',
  'se bilaga 2',
  'gäller fr.o.m. 2024-01-01 t.o.m. 2025-12-31',
  'under perioden 2023-01-01 – 2023-12-31',
  'från och med 1 mars 2024 till och med 28 februari 2026',
  '500 000 kr',
  '1,5 miljoner kronor',
  '250 tkr',
  '12 345:-',
  'i två (2) likalydande exemplar',
  'i tre exemplar',
  'Föreningen Okänd',
  'Socialnämnden',
  'upphandling enligt LOU',
  'ersättning per timme',
  'senast 2025-03-31',
  '802444-1100',
  '556114-3941',
  'styrgruppen träffas två gånger per år',
  'uppföljning sker årligen',
  'fakturan skickas kvartalsvis',
];

const TOKEN = /\d{4}-\d{2}-\d{2}|\d{6}-\d{4}|\d[\d  ]*(?:,\d+)?|\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*|\p{L}+/gu;

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function shiftDate(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Words and values of the ärende's own texts, so that swaps stay plausible (names, dates, amounts). */
function tokensOf(texts) {
  const tokens = new Set();
  for (const text of texts) for (const match of text.matchAll(TOKEN)) if (match[0].trim()) tokens.add(match[0].trim());
  return [...tokens];
}

function mutateString(rand, value, pool) {
  const roll = rand();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return roll < 0.7 ? shiftDate(value, Math.floor(rand() * 1500) - 750) : pick(rand, pool);
  const tokens = [...value.matchAll(TOKEN)];
  if (roll < 0.35 && tokens.length > 0) {
    const token = pick(rand, tokens);
    return value.slice(0, token.index) + pick(rand, pool) + value.slice(token.index + token[0].length);
  }
  if (roll < 0.5 && tokens.length > 1) {
    const token = pick(rand, tokens);
    return (value.slice(0, token.index) + value.slice(token.index + token[0].length)).replace(/ {2,}/g, ' ').trim() || value;
  }
  if (roll < 0.7) return `${value} ${pick(rand, PHRASES)}`;
  if (roll < 0.8) return value.toUpperCase();
  return pick(rand, pool);
}

function mutateYaml(rand, text, pool) {
  const doc = parseDocument(text);
  const scalars = [];
  const collections = [];
  visit(doc, {
    Scalar(_, node) {
      scalars.push(node);
    },
    Map(_, node) {
      collections.push(node);
    },
    Seq(_, node) {
      collections.push(node);
    },
  });
  const numbers = scalars.filter((node) => typeof node.value === 'number').map((node) => node.value);
  const changes = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < changes; i++) {
    const roll = rand();
    if (roll < 0.15 && collections.length > 0) {
      // Remove a key or an item.
      const node = pick(rand, collections);
      if (node.items.length > 1) node.items.splice(Math.floor(rand() * node.items.length), 1);
      continue;
    }
    if (roll < 0.25 && collections.length > 0) {
      // Duplicate an item of a list (a party, a bidrag, a goal twice).
      const node = pick(rand, collections.filter(isSeq));
      if (node && node.items.length > 0) node.items.push(doc.createNode(pick(rand, node.items).toJSON()));
      continue;
    }
    const node = pick(rand, scalars);
    if (!node || !isScalar(node)) continue;
    if (typeof node.value === 'number') {
      const r = rand();
      node.value = r < 0.4 ? Math.round(node.value * (0.5 + rand())) : r < 0.7 && numbers.length > 0 ? pick(rand, numbers) : node.value + Math.floor(rand() * 20) - 10;
    } else if (typeof node.value === 'boolean') node.value = !node.value;
    else if (typeof node.value === 'string') node.value = mutateString(rand, node.value, pool);
  }
  return String(doc);
}

function mutateMarkdown(rand, text, pool) {
  const lines = text.split('\n');
  const changes = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < changes; i++) {
    const at = Math.floor(rand() * lines.length);
    const roll = rand();
    if (roll < 0.5) lines[at] = mutateString(rand, lines[at], pool);
    else if (roll < 0.6) lines.splice(at, 1);
    else if (roll < 0.75) lines.splice(at, 0, pick(rand, lines));
    else if (roll < 0.9) lines.splice(at, 0, '', `Texten ${pick(rand, PHRASES)} och ${pick(rand, pool)} ${pick(rand, PHRASES)}.`, '');
    else lines[at] = `${lines[at]} ${pick(rand, pool)} ${pick(rand, pool)}`;
  }
  return lines.join('\n');
}

function markdownFiles(dir) {
  const files = ['avtal.md', 'tjansteutlatande.md'].map((name) => join(dir, name)).filter(existsSync);
  const bilagor = join(dir, 'bilagor');
  if (existsSync(bilagor)) for (const name of readdirSync(bilagor).sort()) if (name.endsWith('.md')) files.push(join(bilagor, name));
  return files;
}

/** Writes `count` mutated ärenden under `outDir`; returns their folders. */
export function mutate(outDir, { seed = 1, count = 300 } = {}) {
  const rand = random(seed);
  const templates = templateArenden();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const dirs = [];
  for (let n = 0; n < count; n++) {
    const template = templates[n % templates.length];
    const dir = join(outDir, `mutant-${String(n).padStart(4, '0')}`);
    cpSync(template, dir, { recursive: true });
    const yamlFile = join(dir, 'iop.yaml');
    const files = markdownFiles(dir);
    const pool = tokensOf([readFileSync(yamlFile, 'utf8'), ...files.map((file) => readFileSync(file, 'utf8'))]);
    // A fifth of them unchanged, so the passing paths are compared too.
    const roll = rand();
    if (roll < 0.2) {
      dirs.push(dir);
      continue;
    }
    if (roll < 0.75) writeFileSync(yamlFile, mutateYaml(rand, readFileSync(yamlFile, 'utf8'), pool));
    if (roll > 0.45) for (const file of files) if (rand() < 0.6) writeFileSync(file, mutateMarkdown(rand, readFileSync(file, 'utf8'), pool));
    dirs.push(dir);
  }
  return dirs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
  };
  const seed = option('--seed', 1);
  const count = option('--count', 300);
  const out = args[0];
  if (!out) throw new Error('usage: node bench/mutate.js OUT_DIR [--seed N] [--count N]');
  mutate(out, { seed, count });
}
