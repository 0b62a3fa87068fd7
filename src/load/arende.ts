// Loads one ärende folder: iop.yaml with positions, the Markdown beside it, and the config in force.
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { Arende, Diagnostic, MarkdownSource } from '../model.js';
import { computeLineStarts } from './positions.js';
import { readSource } from './source.js';
import { emptyYaml, parseYaml } from './yaml.js';
import { toMarkdownSource } from './markdown.js';
import { ConfigResolver } from './config.js';
import { ARENDE_FILE } from './discover.js';
import type { PseudoId } from '../diagnostic-ids.js';

export const AVTAL_FILE = 'avtal.md';
export const TJANSTEUTLATANDE_FILE = 'tjansteutlatande.md';
export const BILAGOR_DIR = 'bilagor';

export interface LoadResult {
  arende: Arende;
  diagnostics: Diagnostic[];
}

export function loadArende(dir: string, configs = new ConfigResolver()): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const yamlFile = join(dir, ARENDE_FILE);
  const config = configs.forDir(dir).config;
  const read = readSource(yamlFile);
  const source = read.ok ? read.source : { file: yamlFile, text: '', lineStarts: computeLineStarts('') };
  const parsed = parseYaml(source);
  if (!read.ok) diagnostics.push(read.diagnostic);
  else diagnostics.push(...parsed.diagnostics);
  const arende: Arende = { dir, yaml: parsed.yaml ?? emptyYaml(yamlFile), data: read.ok ? parsed.data : undefined, bilagor: [], config };
  const root = realpathSync.native(dir);
  arende.avtal = readMarkdown(join(dir, AVTAL_FILE), root, diagnostics);
  arende.tjansteutlatande = readMarkdown(join(dir, TJANSTEUTLATANDE_FILE), root, diagnostics);
  const bilagorDir = join(dir, BILAGOR_DIR);
  if (isInside(root, bilagorDir)) {
    for (const name of listMarkdown(bilagorDir)) {
      const bilaga = readMarkdown(join(bilagorDir, name), root, diagnostics);
      if (bilaga) arende.bilagor.push(bilaga);
    }
  }
  return { arende, diagnostics };
}

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

/** True when `path` exists and resolves (through any links) to a place inside `root`. */
function isInside(root: string, path: string): boolean {
  if (!existsSync(path)) return false;
  const real = realpathSync.native(path);
  const rel = relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function readMarkdown(file: string, root: string, diagnostics: Diagnostic[]): MarkdownSource | undefined {
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink() && !isInside(root, file)) {
    diagnostics.push({
      ruleId: 'fil/utanför' satisfies PseudoId,
      severity: 'error',
      message: 'Filen är en symbolisk länk som pekar utanför ärendemappen. iop läser bara filer inom ärendet.',
      file,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    });
    return undefined;
  }
  const read = readSource(file);
  if (!read.ok) {
    diagnostics.push(read.diagnostic);
    return undefined;
  }
  return toMarkdownSource(read.source);
}
