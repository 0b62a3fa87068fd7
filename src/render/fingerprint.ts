// The fingerprint of a document: a SHA-256 over every input that shapes its bytes (the ärende's
// files, the config, templates, stylesheet, logo, fonts and the iop version), printed short on
// every page, and the manifest of each input's hash that the PDF carries for `iop verify`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Arende } from '../model.js';
import { packageVersion } from '../paths.js';
import type { TemplateSet } from './templates.js';

/** iop.yaml, *.md beside it and bilagor/*.md, as paths relative to the ärende folder with '/' separators. */
export function sourceFiles(dir: string): string[] {
  const list = (sub: string, keep: (name: string) => boolean): string[] => {
    try {
      return readdirSync(join(dir, sub), { withFileTypes: true })
        .filter((entry) => entry.isFile() && keep(entry.name) && !entry.name.startsWith('.'))
        .map((entry) => (sub === '' ? entry.name : `${sub}/${entry.name}`));
    } catch {
      return [];
    }
  };
  return [...list('', (name) => name === 'iop.yaml' || name.endsWith('.md')), ...list('bilagor', (name) => name.endsWith('.md'))];
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Code-unit order, not locale order, so every machine agrees. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every input of the ärende's documents and its SHA-256, by a name a person can read: the ärende's
 * files by their path in its folder; "iop.config.yaml (<path from the ärende>)"; "mall avtal.hbs",
 * "mall partials/…", "stilmall <file>", "logotyp <file>" and "typsnitt" as used (the repository's own or iop's);
 * "iop" for the version. In code-unit order.
 */
export function inputHashes(arende: Pick<Arende, 'dir' | 'config'>, templates: TemplateSet, version = packageVersion()): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const file of sourceFiles(arende.dir)) entries.push([file, sha256(readFileSync(join(arende.dir, ...file.split('/'))))]);
  if (arende.config.file !== undefined) {
    const path = relative(arende.dir, arende.config.file).split(sep).join('/');
    let content: Uint8Array | string;
    try {
      content = readFileSync(arende.config.file);
    } catch {
      content = '';
    }
    entries.push([`iop.config.yaml (${path})`, sha256(content)]);
  }
  entries.push(...templateHashes(templates));
  entries.push(['iop', sha256(`iop ${version}`)]);
  return Object.fromEntries(entries.sort(([a], [b]) => byCodeUnit(a, b)));
}

const templateHashCache = new WeakMap<TemplateSet, Array<[string, string]>>();

/** The template set's inputs and their hashes, worked out once per set (a batch shares one, fonts and all). */
function templateHashes(templates: TemplateSet): Array<[string, string]> {
  let entries = templateHashCache.get(templates);
  if (!entries) {
    entries = [];
    for (const [name, text] of Object.entries(templates.layouts)) entries.push([`mall ${name}.hbs`, sha256(text)]);
    for (const [name, text] of Object.entries(templates.partials)) entries.push([`mall partials/${name}.hbs`, sha256(text)]);
    entries.push([`stilmall ${templates.sources.stylesheet}`, sha256(templates.stylesheet)]);
    if (templates.logo !== undefined) entries.push([`logotyp ${templates.sources.logo ?? ''}`.trim(), sha256(templates.logo)]);
    entries.push(['typsnitt', sha256(templates.fonts)]);
    templateHashCache.set(templates, entries);
  }
  return entries;
}

/** SHA-256 over "name NUL hash NUL" of every input, in order. */
export function fingerprintOf(inputs: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, value] of Object.entries(inputs)) hash.update(`${name}\0${value}\0`, 'utf8');
  return hash.digest('hex');
}

/** Short enough for a footer, long enough to tell versions apart. */
export const FINGERPRINT_LENGTH = 12;

/** The first FINGERPRINT_LENGTH hex digits of the fingerprint of the ärende's documents. */
export function fingerprint(arende: Pick<Arende, 'dir' | 'config'>, templates: TemplateSet): string {
  return fingerprintOf(inputHashes(arende, templates)).slice(0, FINGERPRINT_LENGTH);
}
