// Asks for the essentials on a terminal, one question at a time, with answers checked as typed.
import { input, select, confirm } from '@inquirer/prompts';
import { IopError } from '../errors.js';
import { checkDate, parseAmount, type InitFlags } from './answers.js';

function valid(check: (value: string) => unknown): (value: string) => true | string {
  return (value) => {
    try {
      check(value);
      return true;
    } catch (error) {
      return error instanceof IopError ? error.message : String(error);
    }
  };
}

/** Fills in what the flags left out by asking. */
export async function askForMissing(flags: InitFlags): Promise<InitFlags> {
  const answers: InitFlags = { ...flags };
  answers.titel ??= await input({ message: 'Överenskommelsens titel:', required: true });
  answers.diarienummer ??= (await input({ message: 'Diarienummer (lämna tomt om det inte finns än):' })) || undefined;
  answers.forvaltning ??= (await input({ message: 'Förvaltning:' })) || undefined;
  answers.namnd ??= (await input({ message: 'Nämnd som beslutar:' })) || undefined;
  answers.ort ??= (await input({ message: 'Ort vid underskrifterna:' })) || undefined;
  const parts = [...(answers.part ?? [])];
  while (parts.length < 2 || (await confirm({ message: 'Lägga till en part till?', default: false }))) {
    const namn = await input({ message: `Part ${parts.length + 1}, namn:`, required: true });
    const sektor = await select({ message: 'Sektor:', choices: [{ value: 'idéburen' }, { value: 'offentlig' }] });
    const orgnr = await input({ message: 'Organisationsnummer (NNNNNN-NNNN):', validate: (v) => /^(16)?\d{6}-?\d{4}$/.test(v.trim()) || 'Skriv tio siffror, NNNNNN-NNNN.' });
    parts.push(`${namn};${sektor};${orgnr.trim()}`);
  }
  answers.part = parts;
  answers.start ??= await input({ message: 'Gäller från och med (ÅÅÅÅ-MM-DD):', validate: valid((v) => checkDate('Datumet', v)) });
  answers.slut ??= (await input({ message: 'Gäller till och med (ÅÅÅÅ-MM-DD, tomt = ett år):', validate: (v) => v === '' || valid((x) => checkDate('Datumet', x))(v) })) || undefined;
  answers.belopp ??= (await input({ message: 'Belopp per år från den offentliga parten, i kronor (tomt = inget):', validate: (v) => v === '' || valid(parseAmount)(v) })) || undefined;
  return answers;
}
