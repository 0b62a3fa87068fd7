// The calendar entries `iop deadlines` makes of one ärende, and the text of an iCalendar file's events.
import { diarienummerOf } from '../../src/data/access.js';
import { computeDeadlines } from '../../src/calendar/deadlines.js';
import type { CalendarEntry } from '../../src/calendar/ics.js';
import type { IopData } from '../../src/model.js';

/** The entries of one ärende as runDeadlines makes them (with line 1 for every field). */
export function entriesOf(data: IopData, arende: string, today: string): CalendarEntry[] {
  return computeDeadlines(data, { today }).map((deadline) => ({ deadline, diarienummer: diarienummerOf(data), titel: data.ärende.titel, arende, rad: 1 }));
}

/** The values of one property of every event in an iCalendar text, unfolded and unescaped. */
export function icsValues(ics: string, name: string): string[] {
  return ics
    .replace(/\r\n /g, '')
    .split('\r\n')
    .filter((line) => line.startsWith(`${name}:`))
    .map((line) => line.slice(name.length + 1).replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1'));
}
