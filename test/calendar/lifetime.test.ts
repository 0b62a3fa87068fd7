// Deadlines over the whole life of an agreement: projected renewals, the latest possible end,
// notice before each verksamhetsår, yearly deadlines, and past deadlines marked.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeDeadlines, HORIZON_YEARS } from '../../src/calendar/deadlines.js';
import type { IopData } from '../../src/model.js';
import { copyExample, runCli, tempDir } from '../helpers/cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function agreement(avtalstid: string, extra = ''): IopData {
  return parse(`ärende: { titel: Överenskommelse }
parter:
  - { id: forening, namn: Föreningen, sektor: idéburen }
  - { id: kommunen, namn: Kommunen, sektor: offentlig }
avtalstid:
${avtalstid}
${extra}`) as IopData;
}

const rows = (data: IopData, today = '2024-01-01') => computeDeadlines(data, { today }).map((d) => [d.date, d.kind, d.summary]);

describe('computeDeadlines over the life of the agreement', () => {
  it('gives a besked deadline before each possible renewal up to förlängning.max, and the latest possible end', () => {
    const data = agreement('  start: 2024-01-01\n  slut: 2024-12-31\n  förlängning: { typ: årlig, längd: 12, max: 2, besked: 3 }');
    expect(rows(data)).toEqual([
      ['2024-09-30', 'besked', 'Sista dag för ställningstagande om förlängning (perioden till 2024-12-31)'],
      ['2024-12-31', 'slut', 'Avtalstiden slutar'],
      ['2025-09-30', 'besked', 'Sista dag för ställningstagande om förlängning (perioden till 2025-12-31)'],
      ['2026-12-31', 'slut', 'Avtalstiden slutar senast (efter alla förlängningar)'],
    ]);
  });

  it('stops at avtalstid.längst_till, where the last extension ends', () => {
    const data = agreement('  start: 2024-01-01\n  slut: 2024-12-31\n  längst_till: 2026-06-30\n  förlängning: { typ: automatisk, längd: 12, besked: 2, besked_avser: förlängning eller omförhandling }');
    expect(rows(data)).toEqual([
      ['2024-10-31', 'besked', 'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2024-12-31)'],
      ['2024-12-31', 'slut', 'Avtalstiden slutar'],
      ['2025-10-31', 'besked', 'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-12-31)'],
      ['2026-06-30', 'slut', 'Avtalstiden slutar senast (efter alla förlängningar)'],
    ]);
  });

  it(`projects an unlimited automatic renewal up to ${HORIZON_YEARS} years from today, with no latest end`, () => {
    const data = agreement('  start: 2024-03-01\n  slut: 2025-03-31\n  förlängning: { typ: automatisk, längd: 12, besked: 2 }');
    const besked = computeDeadlines(data, { today: '2025-06-01' }).filter((d) => d.kind === 'besked');
    expect(besked.map((d) => d.date)).toEqual(['2025-01-31', '2026-01-31', '2027-01-31', '2028-01-31', '2029-01-31', '2030-01-31', '2031-01-31', '2032-01-31', '2033-01-31', '2034-01-31', '2035-01-31']);
    expect(besked.map((d) => d.passerad ?? false)).toEqual([true, ...Array<boolean>(10).fill(false)]);
    expect(computeDeadlines(data, { today: '2025-06-01' }).filter((d) => d.kind === 'slut').map((d) => d.summary)).toEqual(['Avtalstiden slutar']);
  });

  it('does not put early termination (uppsägningstid, "i förtid") in the calendar', () => {
    const data = agreement('  start: 2024-01-01\n  slut: 2026-12-31\n  uppsägningstid: 6\n  förlängning: { typ: ingen }');
    expect(rows(data)).toEqual([['2026-12-31', 'slut', 'Avtalstiden slutar']]);
  });

  it('gives an open-ended agreement a notice deadline before each verksamhetsår, and a party leaving alone before each year', () => {
    const data = agreement('  start: 2024-01-01\n  tills_vidare: true\n  uppsägning:\n    före_verksamhetsår: 6\n    verksamhetsår_börjar: 07-01\n    enskild_part: { vid: årsskifte, besked: 3 }');
    const found = rows(data, '2024-01-01');
    expect(found.slice(0, 3)).toEqual([
      ['2024-01-01', 'uppsägning', 'Sista dag för uppsägning före verksamhetsåret som börjar 2024-07-01'],
      ['2024-10-01', 'uppsägning', 'Sista dag för en part att lämna partnerskapet från 2025-01-01'],
      ['2025-01-01', 'uppsägning', 'Sista dag för uppsägning före verksamhetsåret som börjar 2025-07-01'],
    ]);
    // Up to the horizon, ten years from today.
    expect(found.at(-1)).toEqual(['2033-10-01', 'uppsägning', 'Sista dag för en part att lämna partnerskapet från 2034-01-01']);
  });

  it('repeats yearly deadlines (tidsfrister and rapporter årligen) for every year of the agreement', () => {
    const data = agreement(
      '  start: 2024-03-01\n  slut: 2025-02-28\n  förlängning: { typ: årlig, längd: 12, max: 1, besked: 3 }',
      'tidsfrister:\n  - { namn: besked om resurser för nästa år, årligen: 10-01 }\n  - { namn: Budgetdialog, datum: 2024-05-15 }\nuppföljning:\n  rapporter:\n    - { namn: årsrapport, årligen: 03-31 }',
    );
    expect(rows(data).filter(([, kind]) => kind === 'tidsfrist' || kind === 'rapport')).toEqual([
      ['2024-03-31', 'rapport', 'Årsrapport ska lämnas'],
      ['2024-05-15', 'tidsfrist', 'Budgetdialog'],
      ['2024-10-01', 'tidsfrist', 'Besked om resurser för nästa år'],
      ['2025-03-31', 'rapport', 'Årsrapport ska lämnas'],
      ['2025-10-01', 'tidsfrist', 'Besked om resurser för nästa år'],
    ]);
  });
});

describe('iop deadlines over the life of the agreement', () => {
  it('lists the projected renewals\' besked deadlines for Navet in JSON, past ones marked', () => {
    const result = runCli(['deadlines', 'examples', '--format', 'json', '--idag', '2026-02-15']);
    expect(result.code).toBe(0);
    const navet = (JSON.parse(result.stdout) as Array<Record<string, unknown>>).filter((d) => d.ärende === 'examples/navet' && d.typ === 'besked');
    expect(navet.slice(0, 3)).toEqual([
      { datum: '2025-01-31', ärende: 'examples/navet', diarienummer: 'N163-0038/24', typ: 'besked', vad: 'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31)', path: '/avtalstid/förlängning/besked', avser: '2025-03-31', passerad: true },
      { datum: '2026-01-31', ärende: 'examples/navet', diarienummer: 'N163-0038/24', typ: 'besked', vad: 'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2026-03-31)', path: '/avtalstid/förlängning/besked', avser: '2026-03-31', passerad: true },
      { datum: '2027-01-31', ärende: 'examples/navet', diarienummer: 'N163-0038/24', typ: 'besked', vad: 'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2027-03-31)', path: '/avtalstid/förlängning/besked', avser: '2027-03-31' },
    ]);
    // The horizon is ten years from --idag (2036-02-15): the last period within it ends 2035-03-31.
    expect(navet.at(-1)?.datum).toBe('2035-01-31');
  });

  it('marks past deadlines in the calendar and gives them no alarm', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const ics = join(dir, 'frister.ics');
    expect(runCli(['deadlines', 'examples/navet', '--ics', ics, '--idag', '2025-06-01']).code).toBe(0);
    const text = readFileSync(ics, 'utf8').replace(/\r\n /g, '');
    const events = text.split('BEGIN:VEVENT').slice(1);
    const passed = events.find((event) => event.includes('DTSTART;VALUE=DATE:20250131'))!;
    const next = events.find((event) => event.includes('DTSTART;VALUE=DATE:20260131'))!;
    expect(passed).toContain('SUMMARY:Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31) (N163-0038/24) – passerad');
    expect(passed).not.toContain('BEGIN:VALARM');
    expect(next).not.toContain('passerad');
    expect(next).toContain('BEGIN:VALARM');
  });

  it('iop check --idag reminds of the besked deadline of the renewal running then', () => {
    const result = runCli(['check', '--idag', '2027-01-15', 'examples/navet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('varning  Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2027-03-31): 2027-01-31, om 16 dagar.  tidsfrister/påminnelse');
  });

  it('exits 1 with the reason when an ärende cannot be read', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const copy = copyExample('examples/navet', dir);
    const file = join(copy, 'iop.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  start: 2024-03-01', '  start: 2024-13-01'));
    const result = runCli(['deadlines', copy, '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^iop: kan inte läsa tidsfristerna i navet: iop\.yaml har fel\.\n {2}navet\/iop\.yaml:\d+:\d+ {2}\S/);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});
