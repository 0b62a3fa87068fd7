// `iop init [mapp]`: a new ärende from the bundled template; asks on a terminal, takes flags otherwise.
import { resolve, relative } from 'node:path';
import { scaffold } from '../init/scaffold.js';
import { answersFromFlags, type InitFlags } from '../init/answers.js';
import { writeNewFolder } from '../init/write.js';
import { todayIso } from '../rules/engine.js';
import { IopError } from '../errors.js';
import { existsSync } from 'node:fs';

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
  const shown = relative(process.cwd(), target) || '.';
  process.stdout.write(`Skapade ${shown}/ med iop.yaml, avtal.md, tjansteutlatande.md och bilagor/.\nFyll i det som står inom [fyll i: …] och kör sedan: iop check ${shown}\n`);
}
