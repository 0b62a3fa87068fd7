// `iop deadlines` as a table and as JSON. A field the agreement does not state is left out: an
// ärende without a diarienummer is listed by its folder alone, not as "(undefined)", the column
// is headed "(diarienummer)" only when some ärende states one, and a JSON entry has no diarienummer
// key rather than an empty one.
import type { CalendarEntry } from './ics.js';

const HEADER = { datum: 'datum', arende: 'ärende', arendeMedNummer: 'ärende (diarienummer)', vad: 'vad' };

const MESSAGES = {
  none: 'Inga tidsfrister.',
  noneWithin: (days: number) => `Inga tidsfrister inom ${days} dagar.`,
  passed: (summary: string) => `${summary} (passerad)`,
};

/** "examples/navet (N163-0038/24)", or the folder alone when the agreement states no diarienummer. */
function arendeCell({ arende, diarienummer }: CalendarEntry): string {
  return diarienummer ? `${arende} (${diarienummer})` : arende;
}

/** The deadlines as a table with a header line; `inom` words the line printed when there are none. */
export function formatDeadlineTable(entries: readonly CalendarEntry[], inom: number | undefined): string {
  if (entries.length === 0) return `${inom === undefined ? MESSAGES.none : MESSAGES.noneWithin(inom)}\n`;
  const rows = entries.map((entry) => ({
    datum: entry.deadline.date,
    arende: arendeCell(entry),
    vad: entry.deadline.passerad ? MESSAGES.passed(entry.deadline.summary) : entry.deadline.summary,
  }));
  // The column is headed "(diarienummer)" only when some ärende in it states one.
  const header = { datum: HEADER.datum, arende: entries.some((entry) => entry.diarienummer) ? HEADER.arendeMedNummer : HEADER.arende, vad: HEADER.vad };
  const width = Math.max(header.arende.length, ...rows.map((row) => row.arende.length));
  return [header, ...rows].map((row) => `${row.datum.padEnd(10)}  ${row.arende.padEnd(width)}  ${row.vad}`.trimEnd()).join('\n') + '\n';
}

/** One deadline as `iop deadlines --format json` writes it; optional keys only when they have a value. */
export function deadlineJson({ deadline, diarienummer, arende }: CalendarEntry): Record<string, string | boolean> {
  const json: Record<string, string | boolean> = { datum: deadline.date, ärende: arende };
  if (diarienummer) json.diarienummer = diarienummer;
  json.typ = deadline.kind;
  json.vad = deadline.summary;
  json.path = deadline.path;
  if (deadline.avser !== undefined) json.avser = deadline.avser;
  if (deadline.passerad) json.passerad = true;
  return json;
}
