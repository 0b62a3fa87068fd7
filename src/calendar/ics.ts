// RFC 5545 calendar text for deadlines: all-day events, stable UIDs, CRLF lines folded at 75 octets.
import { createHash } from 'node:crypto';
import { addDays } from './dates.js';
import type { Deadline } from './deadlines.js';

export interface CalendarEntry {
  deadline: Deadline;
  diarienummer?: string;
  /** The agreement's title, for the description. */
  titel: string;
  /** Where the ärende lives, e.g. "examples/navet". */
  arende: string;
  /** The line of iop.yaml that states the date (or what it is counted from). */
  rad: number;
}

/** "/uppföljning/rapporter/0/förfaller" → "uppföljning, rapporter nr 1, förfaller": the fields, as a reader names them. */
export function fieldPath(pointer: string): string {
  const parts: string[] = [];
  for (const segment of pointer.split('/').slice(1)) {
    if (/^\d+$/.test(segment) && parts.length > 0) parts[parts.length - 1] += ` nr ${Number(segment) + 1}`;
    else parts.push(segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  return parts.join(', ');
}

/** Days before a notice deadline that the calendar alarm goes off. */
export const ALARM_DAYS = 14;
const ALARM_KINDS = new Set(['besked', 'uppsägning']);

export function formatIcs(entries: readonly CalendarEntry[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//iop//Tidsfrister för IOP//SV', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Tidsfrister för IOP'];
  for (const entry of entries) lines.push(...event(entry));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function event({ deadline, diarienummer, titel, arende, rad }: CalendarEntry): string[] {
  const date = compact(deadline.date);
  const base = diarienummer ? `${deadline.summary} (${diarienummer})` : `${deadline.summary} (${titel})`;
  const summary = deadline.passerad ? `${base} – passerad` : base;
  const description = [titel, ...(diarienummer ? [`Diarienummer: ${diarienummer}`] : []), `Ärende: ${arende}`, `Uppgiften står i ${arende}/iop.yaml på rad ${rad} (${fieldPath(deadline.path)}).`].join('\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid(diarienummer ?? arende, deadline)}`,
    // A fixed stamp keeps the file identical between runs, so it can be committed and diffed.
    `DTSTAMP:${date}T000000Z`,
    `DTSTART;VALUE=DATE:${date}`,
    `DTEND;VALUE=DATE:${compact(addDays(deadline.date, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(deadline.kind)}`,
    'TRANSP:TRANSPARENT',
  ];
  // No alarm for a day already past: it would go off at once in every calendar that imports the file.
  if (ALARM_KINDS.has(deadline.kind) && !deadline.passerad) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${ALARM_DAYS}D`, `DESCRIPTION:${escapeText(`Om ${ALARM_DAYS} dagar: ${summary}`)}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

export function uid(diarienummer: string, deadline: Deadline): string {
  const hash = createHash('sha256').update([diarienummer, deadline.kind, deadline.date, deadline.path].join('\u0000')).digest('hex');
  return `${hash.slice(0, 32)}@iop`;
}

function compact(iso: string): string {
  return iso.replaceAll('-', '');
}

/** TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per line, never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
