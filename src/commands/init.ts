// `iop init [mapp]`: a new ärende from the bundled template; asks on a terminal, takes flags otherwise.
import { resolve } from 'node:path';
import { scaffold } from '../init/scaffold.js';
import { answersFromFlags, type InitFlags } from '../init/answers.js';
import { writeNewFolder } from '../init/write.js';
import { todayIso } from '../calendar/today.js';
import { IopError } from '../errors.js';
import { existsSync } from 'node:fs';
import { checkCommand, shownPath } from '../report/where.js';

export async function runInit(folder: string, flags: InitFlags): Promise<void> {
  const target = resolve(folder);
  if (existsSync(target)) {
    throw new IopError(`'${folder}' finns redan. iop init skriver aldrig över en befintlig mapp; välj ett nytt namn.`);
  }
  let filled = flags;
  if (process.stdin.isTTY && process.stdout.isTTY) {
    const { askForMissing } = await import('../init/prompt.js');
    filled = await askForMissing(flags);
  }
  const answers = answersFromFlags(filled, todayIso());
  writeNewFolder(target, scaffold(target, answers));
  const cwd = process.cwd();
  process.stdout.write(
    `Skapade ${shownPath(cwd, target)}/ med iop.yaml, avtal.md, tjansteutlatande.md och bilagor/.\n` +
      `Fyll i det som står inom [fyll i: …] och kontrollera sedan ärendet:\n\n  ${checkCommand(cwd, target)}\n`,
  );
}
