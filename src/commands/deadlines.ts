// `iop deadlines`: every date that matters across the ärenden, as a table, JSON or an iCalendar file.
import { basename, resolve } from 'node:path';
import { check } from '../check.js';
import { addDays } from '../calendar/dates.js';
import { computeDeadlines } from '../calendar/deadlines.js';
import { formatIcs, type CalendarEntry } from '../calendar/ics.js';
import { deadlineJson, formatDeadlineTable } from '../calendar/listing.js';
import { writeFileAtomic } from '../io/atomic.js';
import { EXIT_PROBLEMS } from '../errors.js';
import { dayFrom } from '../calendar/today.js';
import type { IopData } from '../model.js';
import { diarienummerOf } from '../data/access.js';
import { writeOut } from './output.js';
import { locatePointer } from '../load/yaml.js';
import { positionAt } from '../load/positions.js';
import { checkCommand, shownPath } from '../report/where.js';

export interface DeadlinesCommandOptions {
  format: 'text' | 'json';
  inom?: number;
  idag?: string;
  ics?: string;
}

export async function runDeadlines(paths: string[], options: DeadlinesCommandOptions): Promise<void> {
  const today = dayFrom(options.idag);
  const cwd = process.cwd();
  const result = check(paths, { cwd, rules: [] });
  const unreadable = result.arenden.filter((a) => !a.valid);
  for (const skipped of unreadable) {
    // Say why: the first errors, positioned, so the user need not run `iop check` to learn it.
    const errors = skipped.diagnostics.filter((d) => d.severity === 'error');
    const reasons = errors.slice(0, 3).map((d) => `  ${shownPath(cwd, d.file)}:${d.line}:${d.column}  ${d.message}`);
    if (errors.length > 3) reasons.push(`  … och ${errors.length - 3} fel till (kör 'iop check').`);
    process.stderr.write(`iop: kan inte läsa tidsfristerna i ${shownPath(cwd, skipped.arende.dir)}: iop.yaml har fel.\n${reasons.join('\n')}${reasons.length > 0 ? '\n' : ''}`);
  }
  if (unreadable.length > 0) process.exitCode = EXIT_PROBLEMS;
  let entries: CalendarEntry[] = result.arenden
    .filter((a) => a.valid)
    .flatMap(({ arende }) => {
      const data = arende.data as IopData;
      const shown = shownPath(cwd, arende.dir);
      const name = shown === '.' ? basename(resolve(arende.dir)) : shown;
      const rad = (path: string): number => positionAt(arende.yaml.lineStarts, locatePointer(arende.yaml, path).start).line;
      return computeDeadlines(data, { today }).map((deadline) => ({ deadline, diarienummer: diarienummerOf(data), titel: data.ärende.titel, arende: name, rad: rad(deadline.path) }));
    });
  if (options.inom !== undefined) {
    const last = addDays(today, options.inom);
    entries = entries.filter(({ deadline }) => deadline.date >= today && deadline.date <= last);
  }
  entries.sort((a, b) => a.deadline.date.localeCompare(b.deadline.date) || (a.diarienummer ?? a.arende).localeCompare(b.diarienummer ?? b.arende) || a.deadline.path.localeCompare(b.deadline.path));

  if (options.ics) {
    writeFileAtomic(resolve(cwd, options.ics), formatIcs(entries));
    // Not "iop:": that prefix is for what went wrong.
    process.stderr.write(`Skrev ${entries.length} ${entries.length === 1 ? 'händelse' : 'händelser'} till ${options.ics}.\n`);
  }
  if (options.format === 'json') {
    await writeOut(JSON.stringify(entries.map(deadlineJson), null, 2) + '\n');
  } else if (!options.ics || entries.length > 0) {
    await writeOut(formatDeadlineTable(entries, options.inom));
  }
}
