// The layout templates, partials, stylesheet and logo: bundled, or overridden by iop.config.yaml.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { IopConfig } from '../model.js';
import { IopError } from '../errors.js';
import { TEMPLATE_DIR } from '../paths.js';
import { fontFaceCss } from './fonts.js';

export const LAYOUTS = ['avtal', 'tjansteutlatande', 'bilaga'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface TemplateSet {
  layouts: Record<Layout, string>;
  partials: Record<string, string>;
  /** Font faces followed by the print stylesheet. */
  css: string;
  /** The print stylesheet alone (the repository's or iop's). */
  stylesheet: string;
  /** The repository's own template folder (iop.config.yaml's mallar), if any. */
  dir?: string;
  /** Where the stylesheet and logo came from, as iop.config.yaml names them ("print.css (iop)" for iop's own). */
  sources: { stylesheet: string; logo?: string };
  /** The font faces alone, with the bundled font files in them. */
  fonts: string;
  /** The organisation's logo as a data: URL, if configured. */
  logo?: string;
}

const MESSAGES = {
  outside: (what: string, path: string, root: string) => `${what} ${path} i iop.config.yaml ligger utanför mappen ${root}. Mallar, stilmall och logotyp måste ligga i samma mapp som konfigurationen eller under den.`,
  missing: (what: string, path: string) => `${what} ${path} i iop.config.yaml finns inte.`,
  logoType: (path: string) => `Logotypen ${path} ska vara en PNG-, JPEG- eller SVG-fil.`,
};

const IMAGE_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml' };

/** A path from the config, resolved against its folder and refused if it leads outside it (also through links). */
function configPath(config: IopConfig, path: string, what: string): string {
  const root = config.root ?? process.cwd();
  const full = resolve(root, path);
  if (!existsSync(full)) throw new IopError(MESSAGES.missing(what, path));
  const rel = relative(realpathSync(root), realpathSync(full));
  if (rel.startsWith('..') || isAbsolute(rel)) throw new IopError(MESSAGES.outside(what, path, root));
  return full;
}

function readTemplates(dir: string): { layouts: Partial<Record<Layout, string>>; partials: Record<string, string> } {
  const layouts: Partial<Record<Layout, string>> = {};
  for (const name of LAYOUTS) {
    const file = join(dir, `${name}.hbs`);
    if (existsSync(file)) layouts[name] = readFileSync(file, 'utf8');
  }
  const partials: Record<string, string> = {};
  const partialDir = join(dir, 'partials');
  if (existsSync(partialDir)) {
    for (const name of readdirSync(partialDir).sort()) {
      if (name.endsWith('.hbs')) partials[name.slice(0, -4)] = readFileSync(join(partialDir, name), 'utf8');
    }
  }
  return { layouts, partials };
}

const cache = new Map<string, TemplateSet>();

let bundledPartials: Record<string, string> | undefined;

/** Whether the set's partial of this name is iop's own, word for word (not a repository's). */
export function isBundledPartial(templates: TemplateSet, name: string): boolean {
  bundledPartials ??= readTemplates(TEMPLATE_DIR).partials;
  return templates.partials[name] !== undefined && templates.partials[name] === bundledPartials[name];
}

/** Forgets every template set read so far, e.g. when a repository's own templates change. */
export function forgetTemplates(): void {
  cache.clear();
}

/**
 * The repository's own template, stylesheet and logo files that iop.config.yaml names (those that
 * exist), so a preview can watch them too.
 */
export function templateSources(config: IopConfig): string[] {
  const root = config.root ?? process.cwd();
  const files: string[] = [];
  if (config.mallar) {
    const dir = resolve(root, config.mallar);
    for (const sub of ['', 'partials']) {
      const folder = join(dir, sub);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).sort()) if (name.endsWith('.hbs')) files.push(join(folder, name));
    }
  }
  for (const path of [config.stilmall, config.organisation?.logo]) {
    if (path && existsSync(resolve(root, path))) files.push(resolve(root, path));
  }
  return files;
}

/** The bundled templates with whatever the config overrides; anything not overridden falls back. */
export function loadTemplates(config: IopConfig): TemplateSet {
  const key = `${config.file ?? ''}\0${config.mallar ?? ''}\0${config.stilmall ?? ''}\0${config.organisation?.logo ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const bundled = readTemplates(TEMPLATE_DIR);
  const dir = config.mallar ? configPath(config, config.mallar, 'Mallmappen') : undefined;
  const own = dir ? readTemplates(dir) : { layouts: {}, partials: {} };
  const layouts = { ...bundled.layouts, ...own.layouts } as Record<Layout, string>;
  const stylesheet = config.stilmall ? readFileSync(configPath(config, config.stilmall, 'Stilmallen'), 'utf8') : readFileSync(join(TEMPLATE_DIR, 'print.css'), 'utf8');
  let logo: string | undefined;
  if (config.organisation?.logo) {
    const file = configPath(config, config.organisation.logo, 'Logotypen');
    const type = IMAGE_TYPES[extname(file).toLowerCase()];
    if (!type) throw new IopError(MESSAGES.logoType(config.organisation.logo));
    logo = `data:${type};base64,${readFileSync(file).toString('base64')}`;
  }
  const fonts = fontFaceCss();
  const set: TemplateSet = { layouts, partials: { ...bundled.partials, ...own.partials }, css: `${fonts}\n${stylesheet}`, stylesheet, fonts, logo, dir, sources: { stylesheet: config.stilmall ?? 'print.css (iop)', logo: config.organisation?.logo } };
  cache.set(key, set);
  return set;
}
