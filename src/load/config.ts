// Finds and reads iop.config.yaml by walking up from an ärende folder, no further than the
// repository's root; validated by its own schema.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic, IopConfig, RuleSetting, YamlSource } from '../model.js';
import type { PseudoId } from '../diagnostic-ids.js';
import { closestMatch } from '../schema/suggest.js';
import { positionAt } from './positions.js';
import { repositoryRoot } from './repository-root.js';
import { readSource } from './source.js';
import { locatePointer, parseYaml } from './yaml.js';
import { validateAgainstSchema } from '../schema/validate.js';

export const CONFIG_FILE = 'iop.config.yaml';

export interface LoadedConfig {
  config: IopConfig;
  diagnostics: Diagnostic[];
}

const SETTING_WORDS: Record<string, RuleSetting> = {
  off: 'off',
  av: 'off',
  warning: 'warning',
  varning: 'warning',
  error: 'error',
  fel: 'error',
};

const EMPTY: LoadedConfig = { config: { regler: {} }, diagnostics: [] };

/** The rule ids a config may name, and the ids of diagnostics that no setting changes. */
export interface KnownIds {
  rules: readonly string[];
  fixed: readonly string[];
}

export interface ConfigSearch {
  /** The folder the search stops at (`--rot`); otherwise the repository root, see searchLimit. */
  root?: string;
  /** The working folder; default process.cwd(). */
  cwd?: string;
}

function isWithin(folder: string, dir: string): boolean {
  const rel = relative(folder, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The highest folder whose iop.config.yaml may apply to `dir`: the folder given (when `dir` is in
 * it), else the repository root (the nearest folder with .git), else, outside a repository, the
 * working folder when `dir` is in it, else `dir` itself. A config in a home folder or on a shared
 * drive above the repository never applies.
 */
export function searchLimit(dir: string, search: ConfigSearch = {}): string {
  const cwd = resolve(search.cwd ?? process.cwd());
  const given = search.root === undefined ? undefined : resolve(cwd, search.root);
  if (given !== undefined && isWithin(given, dir)) return given;
  const repository = repositoryRoot(dir);
  if (repository !== undefined) return repository;
  return isWithin(cwd, dir) ? cwd : dir;
}

/** Caches per folder, so a run over hundreds of ärenden reads each config once. */
export class ConfigResolver {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, string | null>();

  /** `known`: check the rule names under regler against them (the check pipeline passes them); `search`: where the search stops. */
  constructor(
    private readonly known?: KnownIds,
    private readonly search: ConfigSearch = {},
  ) {}

  /** The config in force for a folder (the nearest iop.config.yaml at or above it, up to searchLimit). */
  forDir(dir: string): LoadedConfig {
    const file = this.findFile(resolve(dir), searchLimit(resolve(dir), this.search));
    if (!file) return EMPTY;
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = readConfig(file, this.known);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }

  /** Diagnostics of every config file read so far, each once. */
  diagnostics(): Diagnostic[] {
    return [...this.byFile.values()].flatMap((loaded) => loaded.diagnostics);
  }

  private findFile(dir: string, limit: string): string | null {
    const key = `${dir}\0${limit}`;
    const cached = this.byDir.get(key);
    if (cached !== undefined) return cached;
    const candidate = join(dir, CONFIG_FILE);
    let found: string | null;
    if (existsSync(candidate)) found = candidate;
    else {
      const parent = dirname(dir);
      found = parent === dir || dir === limit ? null : this.findFile(parent, limit);
    }
    this.byDir.set(key, found);
    return found;
  }
}

const MESSAGES = {
  unknownRule: (id: string, guess: string | undefined) => `Det finns ingen regel '${id}'.${guess ? ` Menade du '${guess}'?` : " Se 'iop rules'."}`,
  fixed: (id: string) => `'${id}' är ingen regel utan ett fel som alltid gäller: det kan inte stängas av eller bli en varning.`,
};

/** A setting for a rule that does not exist does nothing; say so where it is written. */
function unknownRules(yaml: YamlSource, regler: Record<string, unknown>, known: KnownIds): Diagnostic[] {
  return Object.keys(regler)
    .filter((id) => !known.rules.includes(id))
    .map((id) => {
      const range = locatePointer(yaml, `/regler/${id.replaceAll('~', '~0').replaceAll('/', '~1')}`, 'key');
      const from = positionAt(yaml.lineStarts, range.start);
      const to = positionAt(yaml.lineStarts, range.end);
      const message = known.fixed.includes(id) ? MESSAGES.fixed(id) : MESSAGES.unknownRule(id, closestMatch(id, [...known.rules]));
      return { ruleId: 'schema/okänt-fält' satisfies PseudoId, severity: 'error' as const, message, file: yaml.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, path: `/regler/${id}` };
    });
}

export function readConfig(file: string, known?: KnownIds): LoadedConfig {
  const read = readSource(file);
  if (!read.ok) return { config: { file, root: dirname(file), regler: {} }, diagnostics: [read.diagnostic] };
  const parsed = parseYaml(read.source);
  const base: IopConfig = { file, root: dirname(file), regler: {} };
  if (parsed.diagnostics.length > 0 || !parsed.yaml) return { config: base, diagnostics: parsed.diagnostics };
  if (parsed.data === undefined || parsed.data === null) return { config: base, diagnostics: [] };
  const diagnostics = validateAgainstSchema('config', parsed.data, parsed.yaml);
  if (diagnostics.length > 0) return { config: base, diagnostics };
  const raw = parsed.data as Omit<IopConfig, 'regler'> & { regler?: Record<string, string> };
  if (known && raw.regler) diagnostics.push(...unknownRules(parsed.yaml, raw.regler, known));
  if (diagnostics.length > 0) return { config: base, diagnostics };
  const regler: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(raw.regler ?? {})) {
    const normalized = SETTING_WORDS[setting];
    if (normalized) regler[id] = normalized;
  }
  return { config: { ...raw, file, root: dirname(file), regler }, diagnostics: [] };
}
