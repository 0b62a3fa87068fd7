// tidsfrister/påminnelse with an injected today.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArende } from '../../src/load/arende.js';
import { checkArende } from '../../src/check.js';
import { paminnelse } from '../../src/rules/tidsfrister/paminnelse.js';
import { ROOT } from '../helpers/cli.js';

function remindersFor(example: string, today: string, reminderDays?: number) {
  const { arende, diagnostics } = loadArende(join(ROOT, example));
  const checked = checkArende(arende, diagnostics, { rules: [paminnelse], today, reminderDays });
  expect(checked.valid).toBe(true);
  return checked.diagnostics;
}

describe('tidsfrister/påminnelse (examples/navet: ends 2025-03-31, besked two months before)', () => {
  it('is silent long before the deadline', () => {
    expect(remindersFor('examples/navet', '2024-06-01')).toEqual([]);
  });

  it('warns within the reminder days, counting the days', () => {
    const [diagnostic, ...rest] = remindersFor('examples/navet', '2025-01-10');
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ ruleId: 'tidsfrister/påminnelse', severity: 'warning', path: '/avtalstid/förlängning/besked' });
    expect(diagnostic!.message).toBe('Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31): 2025-01-31, om 21 dagar.');
  });

  it('uses the configured number of days', () => {
    expect(remindersFor('examples/navet', '2025-01-10', 14)).toEqual([]);
    expect(remindersFor('examples/navet', '2025-01-30', 14)[0]!.message).toContain('om 1 dag.');
  });

  it('warns on the day itself', () => {
    expect(remindersFor('examples/navet', '2025-01-31')[0]!.message).toBe('Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31): 2025-01-31, det är i dag.');
  });

  it('warns when the deadline has passed while the term runs', () => {
    expect(remindersFor('examples/navet', '2025-02-10')[0]!.message).toBe(
      'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2025-03-31) var 2025-01-31, för 10 dagar sedan. Kontrollera att beskedet har lämnats.',
    );
  });

  it('is silent once the period the passed deadline was for has ended', () => {
    expect(remindersFor('examples/navet', '2025-04-01')).toEqual([]);
  });

  it('reminds of the besked deadline of the automatic renewal running then', () => {
    // Renewed by 12 months at a time: the period running on 2027-01-15 ends 2027-03-31.
    expect(remindersFor('examples/navet', '2027-01-15').map((d) => d.message)).toEqual([
      'Sista dag för ställningstagande om förlängning eller omförhandling (perioden till 2027-03-31): 2027-01-31, om 16 dagar.',
    ]);
  });
});

describe('tidsfrister/påminnelse with uppsägningstid (examples/frivilligcentral)', () => {
  it('reminds of the besked deadline, and not of early termination, which is no deadline', () => {
    // Ends 2027-12-31; besked 3 months before (2027-09-30); uppsägningstid 6 months is "i förtid".
    const messages = remindersFor('examples/frivilligcentral', '2027-06-15', 120).map((d) => d.message);
    expect(messages).toEqual(['Sista dag för ställningstagande om förlängning (perioden till 2027-12-31): 2027-09-30, om 107 dagar.']);
  });
});
