// What iop prints besides the documents, for agreements that leave out what the examples state: any
// set of optional fields is removed (as long as the schema still holds), and the deadlines (table,
// JSON and calendar), the summary of `iop extend` and its tillägg are made. A missing fact must
// leave no trace in them: no label without its value, no "undefined", no empty value, no crash.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../../src/check.js';
import { formatIcs } from '../../src/calendar/ics.js';
import { deadlineJson, formatDeadlineTable } from '../../src/calendar/listing.js';
import { IopError } from '../../src/errors.js';
import { planExtension } from '../../src/extend/plan.js';
import { extensionSummary } from '../../src/extend/summary.js';
import { renderTillagg } from '../../src/extend/tillagg.js';
import { loadKpiTables } from '../../src/kpi/tables.js';
import type { IopData, ValidArende } from '../../src/model.js';
import { validatorFor } from '../../src/schema/validate.js';
import { entriesOf, icsValues } from '../helpers/calendar.js';
import { ROOT } from '../helpers/cli.js';
import { textLabelsAlone } from '../helpers/labels.js';
import { keyPaths, without } from '../helpers/sparse.js';

const TODAY = '2026-06-01';
const validate = validatorFor('iop');
const tables = loadKpiTables(undefined);

/** What in the deadlines of `data`, as table, JSON and calendar, reads as a label without its value. */
function deadlineProblems(data: IopData): string[] {
  const entries = entriesOf(data, 'arenden/exempel', TODAY);
  const problems: string[] = [];
  // The table's columns are padded with two or more spaces: a row of other than three cells had a gap inside one.
  for (const row of formatDeadlineTable(entries, undefined).trimEnd().split('\n')) {
    const cells = row.split(/ {2,}/);
    if (cells.length !== 3 && entries.length > 0) problems.push(`tabellen: ${JSON.stringify(row)}`);
    for (const text of cells.flatMap(textLabelsAlone)) problems.push(`tabellen: ${JSON.stringify(text)}`);
  }
  for (const json of entries.map(deadlineJson)) {
    for (const [key, value] of Object.entries(json)) {
      if (value === '' || (typeof value === 'string' && textLabelsAlone(value).length > 0)) problems.push(`json ${key}: ${JSON.stringify(value)}`);
    }
  }
  const ics = formatIcs(entries);
  for (const text of [...icsValues(ics, 'SUMMARY'), ...icsValues(ics, 'DESCRIPTION')].flatMap(textLabelsAlone)) problems.push(`kalendern: ${JSON.stringify(text)}`);
  return problems;
}

/** What in the summary and tillägg of the next extension of `data` (or the message why there is none) reads as a label alone. */
function extensionProblems(data: IopData): { problems: string[]; extended: boolean } {
  let plan;
  try {
    plan = planExtension(data, tables, undefined, TODAY);
  } catch (error) {
    if (!(error instanceof IopError)) throw error;
    return { problems: textLabelsAlone(error.message).map((text) => `extend: ${JSON.stringify(text)}`), extended: false };
  }
  const problems = [
    ...extensionSummary(data, plan).flatMap(textLabelsAlone).map((text) => `sammanfattningen: ${JSON.stringify(text)}`),
    ...textLabelsAlone(renderTillagg(data, plan)).map((text) => `tillägget: ${JSON.stringify(text)}`),
  ];
  return { problems, extended: true };
}

describe('deadlines and extensions of an agreement with any optional fields left out', () => {
  const sources = [join('examples', 'navet'), join('examples', 'frivilligcentral'), join('examples', 'vastra-aby'), join('test', 'fixtures', 'navet-kpi'), join('test', 'fixtures', 'kpi-forlangning')];
  for (const source of sources) {
    it(`${source}: prints no label without its value`, () => {
      const [checked] = check([join(ROOT, source)]).arenden;
      expect(checked?.valid).toBe(true);
      const data = (checked!.arende as ValidArende).data;
      // The example as it is, and without its diarienummer, every time.
      for (const whole of [data, without(data, [['ärende', 'diarienummer']])]) {
        expect(deadlineProblems(whole)).toEqual([]);
        expect(extensionProblems(whole).problems).toEqual([]);
      }
      const paths = keyPaths(data);
      let checkedCases = 0;
      let extended = 0;
      fc.assert(
        fc.property(fc.subarray(paths, { minLength: 1, maxLength: 12 }), (removed) => {
          const sparse = without(data, removed);
          if (!validate(structuredClone(sparse))) return;
          checkedCases++;
          const extension = extensionProblems(sparse);
          if (extension.extended) extended++;
          expect([...deadlineProblems(sparse), ...extension.problems], `utan ${removed.map((p) => p.join('.')).join(', ')}`).toEqual([]);
        }),
        { numRuns: 200, seed: 20261202 },
      );
      expect(checkedCases).toBeGreaterThan(10);
      // The agreements that can be extended are extended in some of the cases, not refused in all.
      if (extensionProblems(data).extended) expect(extended).toBeGreaterThan(0);
    }, 120_000);
  }
});
