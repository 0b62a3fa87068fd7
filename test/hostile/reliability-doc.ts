// docs/tillforlitlighet.md: the table of every hostile input and fault tried, and what iop did.
import { HOSTILE_CASES } from './cases.js';

export interface FaultCase {
  fault: string;
  outcome: string;
  test: string;
}

/** Faults during `iop build`, each tested in the file named. Kept here so the table lists them. */
export const FAULT_CASES: FaultCase[] = [];

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export function reliabilityDoc(): string {
  return [
    '# Tillförlitlighet',
    '',
    '<!-- Genereras från test/hostile/cases.ts och test/hostile/reliability-doc.ts. Uppdatera med `UPDATE_DOCS=1 npx vitest run test/hostile`. -->',
    '',
    'Varje rad är ett test som körs i CI genom det riktiga kommandot. Slutkod 1 betyder att ärendet har fel',
    '(med fil, rad och kolumn), 2 att kommandot inte kunde göra sitt jobb (en rad på svenska). Inget fall får',
    'ge ett stackspår, ta mer än 30 sekunder eller mer än 256 MB minne.',
    '',
    '## Indata',
    '',
    '| Fall | Indata | Vad iop gör | Slutkod |',
    '| --- | --- | --- | --- |',
    ...HOSTILE_CASES.map((c) => `| \`${c.id}\` | ${cell(c.input)} | ${cell(c.outcome)} | ${c.exitCode} |`),
    '',
    ...(FAULT_CASES.length > 0
      ? ['## Fel under iop build', '', '| Fel | Vad iop gör | Test |', '| --- | --- | --- |', ...FAULT_CASES.map((f) => `| ${cell(f.fault)} | ${cell(f.outcome)} | \`${f.test}\` |`), '']
      : []),
  ].join('\n');
}
