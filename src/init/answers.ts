// Turns init's flags (or prompt answers) into checked InitAnswers; every problem is one Swedish line.
import { IopError } from '../errors.js';
import { isIsoDate } from '../calendar/dates.js';
import type { InitAnswers, InitParty } from './scaffold.js';

export interface InitFlags {
  titel?: string;
  part?: string[];
  start?: string;
  slut?: string;
  belopp?: string;
  diarienummer?: string;
  forvaltning?: string;
  namnd?: string;
  ort?: string;
}

const ORGNR = /^(16)?\d{6}-?\d{4}$/;

export function parseParty(text: string): InitParty {
  // "Föreningen X, idéburen, 846005-8327": a name may hold a comma, so commas are never the separator.
  if (!text.includes(';') && /,\s*(idéburen|ideburen|offentlig)\s*(,|$)/i.test(text)) {
    const fixed = text.split(',').map((s) => s.trim()).join(';');
    throw new IopError(`--part '${text}': skilj namn, sektor och organisationsnummer åt med semikolon, inte komma: --part "${fixed}".`);
  }
  const [namn = '', sektorText = '', organisationsnummer = ''] = text.split(';').map((s) => s.trim());
  const sektor = sektorText.toLowerCase().replace('ideburen', 'idéburen');
  if (!namn) throw new IopError(`--part '${text}' saknar namn. Skriv "namn;sektor;organisationsnummer".`);
  if (sektor !== 'idéburen' && sektor !== 'offentlig') {
    throw new IopError(`--part '${text}': sektorn ska vara idéburen eller offentlig, inte '${sektorText}'.`);
  }
  if (!ORGNR.test(organisationsnummer)) {
    throw new IopError(`--part '${text}': '${organisationsnummer}' är inget organisationsnummer i formen NNNNNN-NNNN.`);
  }
  return { namn, sektor, organisationsnummer };
}

export function checkDate(name: string, value: string): string {
  if (!isIsoDate(value)) throw new IopError(`${name} ska vara ett datum i formen ÅÅÅÅ-MM-DD, inte '${value}'.`);
  return value;
}

export function parseAmount(value: string): number {
  const digits = value.replace(/[\s\u00a0]|kr$/g, '');
  if (!/^\d+$/.test(digits)) throw new IopError(`--belopp ska vara ett belopp i hela kronor, t.ex. 500000, inte '${value}'.`);
  return Number(digits);
}

/** The answers from flags alone; names the flags that are missing. */
export function answersFromFlags(flags: InitFlags, idag: string): InitAnswers {
  const missing = [
    !flags.titel && '--titel',
    (flags.part ?? []).length < 2 && '--part (minst två)',
    !flags.start && '--start',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new IopError(`Utan terminal behöver iop init flaggorna ${missing.join(', ')}. Se 'iop init --help'.`);
  }
  const parter = (flags.part ?? []).map(parseParty);
  const start = checkDate('--start', flags.start!);
  const slut = flags.slut === undefined ? undefined : checkDate('--slut', flags.slut);
  if (slut !== undefined && slut <= start) throw new IopError(`--slut (${slut}) ska vara efter --start (${start}).`);
  return {
    titel: flags.titel!,
    parter,
    start,
    slut,
    belopp: flags.belopp === undefined ? undefined : parseAmount(flags.belopp),
    diarienummer: flags.diarienummer,
    förvaltning: flags.forvaltning,
    nämnd: flags.namnd,
    ort: flags.ort,
    idag,
  };
}
