// Where a repository keeps its own KPI table: the path in iop.config.yaml's kpi_tabell, else kpi.json
// beside iop.config.yaml, else kpi.json at the repository root (the folder with .git).
import { join, resolve } from 'node:path';
import type { IopConfig } from '../model.js';
import { IopError } from '../errors.js';
import { ConfigResolver } from '../load/config.js';
import { repositoryRoot } from '../load/repository-root.js';

export const REPOSITORY_TABLE_FILE = 'kpi.json';

/** The repository's table for an ärende with this config, or undefined outside any repository. */
export function repositoryTableFor(config: IopConfig, dir: string): string | undefined {
  if (config.root !== undefined) return resolve(config.root, config.kpi_tabell ?? REPOSITORY_TABLE_FILE);
  const root = repositoryRoot(dir);
  return root === undefined ? undefined : join(root, REPOSITORY_TABLE_FILE);
}

/**
 * The repository's table for a command run in `dir` (the kpi commands): `--tabell` when given,
 * else as for an ärende in that folder. A config with errors is refused, because its kpi_tabell
 * cannot be trusted to say where the numbers belong.
 */
export function repositoryTableFromFolder(dir: string, override?: string): string | undefined {
  if (override !== undefined) return resolve(dir, override);
  const { config, diagnostics } = new ConfigResolver().forDir(resolve(dir));
  const problem = diagnostics.find((d) => d.severity === 'error');
  if (problem) throw new IopError(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} Rätta iop.config.yaml först; den säger var arkivets KPI-tabell finns.`);
  return repositoryTableFor(config, dir);
}
