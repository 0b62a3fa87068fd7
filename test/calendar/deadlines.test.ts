// `iop deadlines`: the table, JSON, --inom and an RFC 5545 calendar read back with ical.js.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { fieldPath, fold, escapeText } from '../../src/calendar/ics.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function temp(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

describe('iop deadlines', () => {
  it('lists the dates of every ärende, sorted, as "datum  ärende (diarienummer)  vad"', () => {
    const result = runCli(['deadlines', 'examples/navet', 'examples/frivilligcentral', '--idag', '2025-02-15']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^datum\s+ärende \(diarienummer\)\s+vad$/);
    expect(lines).toContainEqual(expect.stringMatching(/^2025-01-31  examples\/navet \(N163-0038\/24\)\s+Sista dag för ställningstagande om förlängning eller omförhandling \(perioden till 2025-03-31\) \(passerad\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^2025-03-31  examples\/navet \(N163-0038\/24\)\s+Avtalstiden slutar$/));
    const dates = lines.slice(1).map((line) => line.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
  });

  it('limits to the next days with --inom and --idag', () => {
    const result = runCli(['deadlines', 'examples/navet', '--inom', '30', '--idag', '2025-01-15', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { datum: '2025-01-31', ärende: 'examples/navet', diarienummer: 'N163-0038/24', typ: 'besked', vad: 'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31)', path: '/avtalstid/förlängning/besked', avser: '2025-03-31' },
    ]);
    expect(runCli(['deadlines', 'examples/navet', '--inom', '10', '--idag', '2025-01-15']).stdout).toBe('Inga tidsfrister inom 10 dagar.\n');
  });

  it('writes an RFC 5545 calendar that ical.js reads: all-day events, stable UIDs, alarms before notice deadlines', () => {
    const dir = temp();
    const ics = join(dir, 'deadlines.ics');
    const result = runCli(['deadlines', 'examples/navet', '--ics', ics, '--idag', '2024-06-01']);
    expect(result.code).toBe(0);
    const text = readFileSync(ics, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const besked = events.find((event) => event.startDate.toString() === '2025-01-31');
    const end = events.find((event) => event.startDate.toString() === '2025-03-31');
    expect(besked?.summary).toBe('Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31) (N163-0038/24)');
    expect(besked?.startDate.isDate).toBe(true);
    expect(besked?.description).toContain('Diarienummer: N163-0038/24');
    expect(end?.summary).toBe('Avtalstiden slutar (N163-0038/24)');
    const alarm = besked!.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-P14D');
    expect(end!.component.getFirstSubcomponent('valarm')).toBeNull();
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    expect(events.every((event) => /^[0-9a-f]{32}@iop$/.test(event.uid))).toBe(true);

    // Where the date comes from, as a reader finds it: the file, the line and the fields' names.
    const yaml = readFileSync(join(ROOT, 'examples/navet/iop.yaml'), 'utf8').split('\n');
    const beskedLine = yaml.findIndex((line) => /^\s+besked:/.test(line)) + 1;
    expect(besked?.description).toContain(`Uppgiften står i examples/navet/iop.yaml på rad ${beskedLine} (avtalstid, förlängning, besked).`);
    expect(events.map((event) => event.description).join('\n')).not.toMatch(/ \/[a-zåäö]+\//);
    // The line that says it went well is no failure: no "iop:" before it.
    expect(result.stderr).toBe(`Skrev ${events.length} händelser till ${ics}.\n`);

    // Deterministic: a second run writes the same bytes.
    const again = join(dir, 'again.ics');
    runCli(['deadlines', 'examples/navet', '--ics', again, '--idag', '2024-06-01']);
    expect(readFileSync(again, 'utf8')).toBe(text);
  });
});

describe('iCalendar text', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'å'.repeat(60)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.every((part) => Buffer.byteLength(part, 'utf8') <= 75)).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('names the fields of a JSON pointer as a reader does', () => {
    expect(fieldPath('/fakturering/fakturadatum/0')).toBe('fakturering, fakturadatum nr 1');
    expect(fieldPath('/uppföljning/rapporter/1/förfaller')).toBe('uppföljning, rapporter nr 2, förfaller');
  });

  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('A, B; C\\D\nE')).toBe('A\\, B\\; C\\\\D\\nE');
  });
});
