// `iop deadlines` names only what iop.yaml states: an ärende without a diarienummer was listed as
// "arenden/laxhjalp (undefined)" in the table and with "diarienummer": "" in the JSON.
import { describe, expect, it } from 'vitest';
import { formatIcs, type CalendarEntry } from '../../src/calendar/ics.js';
import { deadlineJson, formatDeadlineTable } from '../../src/calendar/listing.js';
import type { IopData } from '../../src/model.js';
import { laxhjalp as agreement } from '../helpers/laxhjalp.js';
import { entriesOf, icsValues } from '../helpers/calendar.js';
import { textLabelsAlone } from '../helpers/labels.js';

const TODAY = '2026-06-01';

function laxhjalp(diarienummer: string[]): IopData {
  return agreement({ arende: diarienummer, forlangning: '{ typ: option, längd: 12, max: 1, besked: 3 }' });
}

const entries = (data: IopData, arende = 'arenden/laxhjalp'): CalendarEntry[] => entriesOf(data, arende, TODAY);

describe('the deadlines table', () => {
  it('names the ärende with its diarienummer when the agreement states one', () => {
    const table = formatDeadlineTable(entries(laxhjalp(['  diarienummer: KS-2026-0042'])), undefined);
    expect(table.split('\n')[0]).toBe(`datum       ${'ärende (diarienummer)'.padEnd('arenden/laxhjalp (KS-2026-0042)'.length)}  vad`);
    expect(table.split('\n')[1]).toBe('2026-09-30  arenden/laxhjalp (KS-2026-0042)  Sista dag för ställningstagande om förlängning (perioden till 2026-12-31)');
  });

  it('names it by its folder alone without one, never "(undefined)", under a heading without "(diarienummer)"', () => {
    const table = formatDeadlineTable(entries(laxhjalp([])), undefined);
    expect(table).not.toMatch(/undefined|\(\)|diarienummer/);
    expect(table.split('\n')[0]).toBe('datum       ärende            vad');
    expect(table.split('\n')[1]).toBe('2026-09-30  arenden/laxhjalp  Sista dag för ställningstagande om förlängning (perioden till 2026-12-31)');
    for (const row of table.trimEnd().split('\n')) {
      const cells = row.split(/ {2,}/);
      expect(cells, row).toHaveLength(3);
      expect(cells.flatMap(textLabelsAlone), row).toEqual([]);
    }
  });

  it('takes a blank diarienummer for none', () => {
    expect(formatDeadlineTable(entries(laxhjalp(['  diarienummer: " "'])), undefined)).not.toMatch(/laxhjalp \(|diarienummer/);
  });
});

describe('the deadlines as JSON', () => {
  it('has the diarienummer when the agreement states one', () => {
    const [first] = entries(laxhjalp(['  diarienummer: KS-2026-0042'])).map(deadlineJson);
    expect(first).toEqual({
      datum: '2026-09-30',
      ärende: 'arenden/laxhjalp',
      diarienummer: 'KS-2026-0042',
      typ: 'besked',
      vad: 'Sista dag för ställningstagande om förlängning (perioden till 2026-12-31)',
      path: '/avtalstid/förlängning/besked',
      avser: '2026-12-31',
    });
  });

  it('leaves the key out without one, rather than an empty value', () => {
    const json = entries(laxhjalp([])).map(deadlineJson);
    expect(json.length).toBeGreaterThan(0);
    for (const entry of json) {
      expect(entry).not.toHaveProperty('diarienummer');
      expect(Object.values(entry).filter((value) => value === '')).toEqual([]);
    }
  });
});

describe('the calendar', () => {
  it('puts the diarienummer in the summary and the description when the agreement states one', () => {
    const ics = formatIcs(entries(laxhjalp(['  diarienummer: KS-2026-0042'])));
    expect(icsValues(ics, 'SUMMARY')[0]).toBe('Sista dag för ställningstagande om förlängning (perioden till 2026-12-31) (KS-2026-0042)');
    expect(icsValues(ics, 'DESCRIPTION')[0]).toContain('\nDiarienummer: KS-2026-0042\n');
  });

  it('names the agreement by its title without one, with no "Diarienummer" line', () => {
    const ics = formatIcs(entries(laxhjalp([])));
    const summaries = icsValues(ics, 'SUMMARY');
    const descriptions = icsValues(ics, 'DESCRIPTION');
    expect(summaries[0]).toBe('Sista dag för ställningstagande om förlängning (perioden till 2026-12-31) (Överenskommelse om läxhjälp)');
    expect(descriptions.join('\n')).not.toMatch(/Diarienummer|undefined/);
    expect([...summaries, ...descriptions].flatMap(textLabelsAlone)).toEqual([]);
  });
});

describe('ärenden with and without a diarienummer in one table', () => {
  it('heads the column "(diarienummer)" and gives each ärende what it states', () => {
    const both = [...entries(laxhjalp(['  diarienummer: KS-2026-0042']), 'arenden/med-nummer'), ...entries(laxhjalp([]), 'arenden/utan-nummer')];
    const lines = formatDeadlineTable(both, undefined).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^datum {7}ärende \(diarienummer\) +vad$/);
    expect(lines).toContainEqual(expect.stringMatching(/^2026-09-30 {2}arenden\/med-nummer \(KS-2026-0042\) +Sista dag/));
    expect(lines).toContainEqual(expect.stringMatching(/^2026-09-30 {2}arenden\/utan-nummer +Sista dag/));
  });
});
