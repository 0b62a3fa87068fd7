// kpi/uppräkning and kpi/index-saknas on the kpi-forlangning fixture and variants of it.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArende } from '../../src/load/arende.js';
import { checkArende } from '../../src/check.js';
import { createUpliftRule } from '../../src/rules/kpi/upprakning.js';
import { createMissingIndexRule } from '../../src/rules/kpi/index-saknas.js';
import { readKpiTable, type KpiTable } from '../../src/kpi/table.js';
import { bundledOnly, type KpiTables } from '../../src/kpi/tables.js';
import type { Rule } from '../../src/rules/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'kpi-forlangning');
const TABLE = readKpiTable(join(ROOT, 'data', 'kpi.json'));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Runs rules on a copy of the fixture with `edit` applied to its iop.yaml; `setup` may add files around it. */
function run(rules: Rule[], edit: (yaml: string) => string = (yaml) => yaml, options: { today?: string; setup?: (dir: string) => void } = {}) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  options.setup?.(dir);
  const target = join(dir, 'arende');
  cpSync(FIXTURE, target, { recursive: true });
  const file = join(target, 'iop.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const { arende, diagnostics } = loadArende(target);
  const checked = checkArende(arende, diagnostics, { rules, today: options.today ?? '2024-06-01' });
  expect(checked.valid).toBe(true);
  return checked.diagnostics;
}

const withTable = (table: KpiTable) => (): KpiTables => bundledOnly(table);
const uplift = createUpliftRule(withTable(TABLE));
const missing = createMissingIndexRule(withTable(TABLE));

describe('kpi/uppräkning', () => {
  it('passes when each extension amount is the uplifted base amount', () => {
    expect(run([uplift, missing])).toEqual([]);
  });

  it('shows the whole computation at the wrong amount and points at the base amount', () => {
    const [diagnostic, ...rest] = run([uplift], (yaml) => yaml.replace('"2025": 253936', '"2025": 252000'));
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ ruleId: 'kpi/uppräkning', severity: 'error', path: '/finansiering/bidrag/0/belopp/2025', line: 48 });
    expect(diagnostic!.message).toBe(
      'Beloppet för förlängningsperioden 2025 ska räknas upp med KPI: 250\u00a0000\u00a0kr × 415,51 / 409,07 = 253\u00a0936\u00a0kr (avrundat till hela kronor), men avtalet anger 252\u00a0000\u00a0kr. ' +
        'KPI för okt 2024 och okt 2023 är hämtade ur iop:s medföljande tabell.',
    );
    expect(diagnostic!.related).toEqual([expect.objectContaining({ line: 47, message: 'Basbeloppet för perioden 2024.' })]);
  });

  it('reports a missing amount for the extension period', () => {
    const diagnostics = run([uplift], (yaml) => yaml.replace(/\n {8}"2025": 40630[^\n]*/, ''));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain('Beloppet för förlängningsperioden 2025 saknas. Med KPI-uppräkning blir det 40\u00a0000\u00a0kr × 415,51 / 409,07 = 40\u00a0630\u00a0kr');
  });

  it('asks for amounts per period when one amount is given for all periods', () => {
    const diagnostics = run([uplift], (yaml) => yaml.replace(/belopp:\n {8}"2024": 40000\n {8}"2025": 40630[^\n]*/, 'belopp: 40000'));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(/^Beloppet gäller alla perioder, men förlängningsperioden 2025 ska räknas upp med KPI: 40\u00a0000\u00a0kr × 415,51/);
    expect(diagnostics[0]!.path).toBe('/finansiering/bidrag/1/belopp');
  });

  it('rounds as the agreement says', () => {
    const diagnostics = run([uplift], (yaml) => yaml.replace('avrundning: krona', 'avrundning: hundra'));
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('= 253\u00a0900\u00a0kr (avrundat till hela hundratal kronor), men avtalet anger 253\u00a0936\u00a0kr'),
      expect.stringContaining('= 40\u00a0600\u00a0kr (avrundat till hela hundratal kronor), men avtalet anger 40\u00a0630\u00a0kr'),
    ]);
  });

  it('uses basmånad when the agreement names the base month', () => {
    // KPI 2023-12 = 413,34: 250 000 × 415,51 / 413,34 = 251 312,48… → 251 312.
    const diagnostics = run([uplift], (yaml) => yaml.replace('referensmånad: 10\n', 'referensmånad: 10\n  basmånad: 2023-12\n'));
    expect(diagnostics[0]!.message).toContain('250\u00a0000\u00a0kr × 415,51 / 413,34 = 251\u00a0312\u00a0kr');
  });

  it('requires indexation terms when the extension says kpi: true', () => {
    const diagnostics = run([uplift], (yaml) => yaml.replace(/indexering:\n(  .*\n)+/, ''));
    expect(diagnostics).toEqual([expect.objectContaining({ path: '/avtalstid/förlängning/kpi', message: expect.stringContaining('villkoren saknas') })]);
  });

  it('does nothing without extension periods', () => {
    expect(run([uplift], (yaml) => yaml.replace('      förlängning: true\n', '').replace('"2025": 253936', '"2025": 1'))).toEqual([]);
  });
});

describe('kpi/index-saknas', () => {
  it('warns, naming the month, when the table lacks the reference month', () => {
    const table = structuredClone(TABLE);
    delete table.serier['1980'].värden['2024-10'];
    const rule = createMissingIndexRule(withTable(table));
    const diagnostics = run([createUpliftRule(withTable(table)), rule], undefined, { today: '2026-12-01' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'kpi/index-saknas', severity: 'warning', path: '/finansiering/perioder/1/start' });
    expect(diagnostics[0]!.message).toBe(
      'KPI för 2024-10 (1980=100) finns inte i KPI-tabellerna ännu, så beloppen för perioden 2025 kan inte kontrolleras. ' +
        'Senaste månaden i tabellerna är 2024-11 (416,75, iop:s medföljande tabell). ' +
        'SCB publicerar talet i tabellen ”Konsumentprisindex (KPI), totalt, 1980=100” (PR0101A/KPItotM). ' +
        "Lägg in det med 'npx iop kpi set 2024-10 <värde>' eller hämta det med 'npx iop kpi update'.",
    );
  });

  it('warns for a period whose reference month SCB has not published', () => {
    const diagnostics = run([missing], (yaml) => yaml.replace('start: 2025-02-01', 'start: 2031-02-01').replace('slut: 2026-01-31', 'slut: 2032-01-31'));
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^KPI för 2030-10 \(1980=100\) finns inte i KPI-tabellerna ännu.* SCB har inte publicerat KPI för 2030-10 än; talet för en månad publiceras i mitten av månaden efter\.$/),
    ]);
  });
});

describe('the repository\'s KPI table', () => {
  /** A repository around the copied ärende: iop.config.yaml naming its own table, with `values` for 1980=100. */
  function repository(values: Record<string, number>) {
    return (dir: string) => {
      // iop.config.yaml is looked for no further up than the repository's root.
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'iop.config.yaml'), 'kpi_tabell: tabeller/kpi.json\n');
      mkdirSync(join(dir, 'tabeller'));
      writeFileSync(join(dir, 'tabeller', 'kpi.json'), JSON.stringify({ serier: { '1980': { värden: values } } }));
    };
  }

  it('is read by the rules through iop.config.yaml, and the message says which table each number came from', () => {
    let table = '';
    const diagnostics = run([createUpliftRule(), createMissingIndexRule()], (yaml) => yaml.replace('"2025": 253936', '"2025": 252000'), {
      setup: (dir) => {
        repository({ '2024-10': 415.51 })(dir);
        table = join(dir, 'tabeller', 'kpi.json');
      },
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/men avtalet anger 252\u00a0000\u00a0kr\. KPI för okt 2024 är hämtat ur arkivets KPI-tabell (.+) och KPI för okt 2023 ur iop:s medföljande tabell\.$/),
    ]);
    expect(diagnostics[0]!.message).toContain(`arkivets KPI-tabell ${table} `);
  });

  it('goes before the bundled table: a different number there changes the expected amount', () => {
    // 250 000 × 420,00 / 409,07 = 256 679,7… → 256 680 (420,00 is a made-up test number, not SCB's).
    const diagnostics = run([createUpliftRule()], undefined, { setup: repository({ '2024-10': 420 }) });
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining('250\u00a0000\u00a0kr × 420,00 / 409,07 = 256\u00a0680\u00a0kr'),
      expect.stringContaining('40\u00a0000\u00a0kr × 420,00 / 409,07 = 41\u00a0069\u00a0kr'),
    ]);
  });

  it('supplies a month the bundled table lacks, so kpi/index-saknas is quiet', () => {
    const later = (yaml: string) => yaml.replace('start: 2025-02-01', 'start: 2026-02-01').replace('slut: 2026-01-31', 'slut: 2027-01-31');
    expect(run([createMissingIndexRule()], later, { today: '2026-12-01' }).map((d) => d.ruleId)).toEqual(['kpi/index-saknas']);
    expect(run([createMissingIndexRule()], later, { today: '2026-12-01', setup: repository({ '2025-10': 420 }) })).toEqual([]);
  });
});

describe('registration', () => {
  it('runs the KPI and deadline rules in iop check', async () => {
    const { RULES } = await import('../../src/rules/index.js');
    expect(RULES.map((rule) => rule.meta.id)).toEqual(expect.arrayContaining(['kpi/uppräkning', 'kpi/index-saknas', 'tidsfrister/påminnelse']));
  });
});
