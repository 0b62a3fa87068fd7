// `iop extend <ärende>`: writes the next extension period, with KPI-uplifted amounts, into iop.yaml.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { IopError } from '../errors.js';
import { discoverArenden } from '../load/discover.js';
import { loadArende } from '../load/arende.js';
import { checkArende } from '../check.js';
import { writeFileAtomic } from '../io/atomic.js';
import { loadKpiTables } from '../kpi/tables.js';
import { repositoryTableFor } from '../kpi/location.js';
import { todayIso } from '../calendar/today.js';
import { planExtension } from '../extend/plan.js';
import { writePlan } from '../extend/edit.js';
import { extensionSummary } from '../extend/summary.js';
import type { ValidArende } from '../model.js';
import { writeOut } from './output.js';
import { checkCommand, shownPath } from '../report/where.js';

export interface ExtendCommandOptions {
  till?: string;
  tillagg?: boolean;
  tabell?: string;
}

export async function runExtend(path: string, options: ExtendCommandOptions): Promise<void> {
  if (options.till !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.till)) {
    throw new IopError(`--till ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '${options.till}'.`);
  }
  const cwd = process.cwd();
  const dirs = discoverArenden([path], cwd);
  if (dirs.length !== 1) throw new IopError(`Ange exakt ett ärende att förlänga; ${path} innehåller ${dirs.length}.`);
  const { arende, diagnostics } = loadArende(dirs[0]!);
  const checked = checkArende(arende, diagnostics, { rules: [] });
  if (!checked.valid) throw new IopError(`${shownPath(cwd, arende.yaml.file)} har fel som måste rättas först. Kör ${checkCommand(cwd, arende.dir)}.`);
  const valid = arende as ValidArende;
  const repositoryTable = options.tabell !== undefined ? resolve(cwd, options.tabell) : repositoryTableFor(valid.config, valid.dir);
  const plan = planExtension(valid.data, loadKpiTables(repositoryTable), options.till, todayIso());
  writeFileAtomic(valid.yaml.file, writePlan(valid.yaml.text, valid.data, plan));

  const lines = extensionSummary(valid.data, plan);
  if (options.tillagg) {
    const { renderTillagg } = await import('../extend/tillagg.js');
    const file = join(valid.dir, `tillagg-${plan.number}.md`);
    if (existsSync(file)) throw new IopError(`${file} finns redan; tillägget skrevs inte (iop.yaml är uppdaterad).`);
    writeFileSync(file, renderTillagg(valid.data, plan), 'utf8');
    lines.push(`Skrev ${shownPath(cwd, file)}.`);
  }
  lines.push(`Skrev ${shownPath(cwd, valid.yaml.file)}. Kontrollera ärendet med ${checkCommand(cwd, valid.dir)}`);
  await writeOut(lines.join('\n') + '\n');
}
