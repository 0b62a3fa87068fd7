// The repository's own KPI table: found beside iop.config.yaml (or kpi_tabell, or at the .git root), read
// over the bundled one, written by 'iop kpi set' and 'iop kpi update', never the package's data/kpi.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { answering, runCliAsync } from './scb-server.js';
import { loadKpiTables, kpiValue, latestValue } from '../../src/kpi/tables.js';
import { repositoryTableFor } from '../../src/kpi/location.js';
import { readConfig } from '../../src/load/config.js';
import { todayIso } from '../../src/calendar/today.js';

const BUNDLED = join(ROOT, 'data', 'kpi.json');
const RECORDED_1980 = readFileSync(join(ROOT, 'test', 'fixtures', 'scb', 'kpitotm-json-stat.json'));
const CONSTRUCTED_2020 = readFileSync(join(ROOT, 'test', 'fixtures', 'scb', 'kpi2020m-json-stat.json'));
/** A made-up number for 2025-10 near SCB's level; the tests check arithmetic and plumbing, not SCB's figure. */
const TEST_VALUE = '420,00';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** An empty repository (a folder with .git) in a temporary folder. */
function repository(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  mkdirSync(join(dir, '.git'));
  return dir;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

interface Table {
  serier: Record<string, { värden: Record<string, number>; ursprung?: Record<string, { källa: string; inlagd: string; med: string }> }>;
}

function readTable(file: string): Table {
  return JSON.parse(readFileSync(file, 'utf8')) as Table;
}

// The day the CLI counts from: IOP_IDAG, which vitest.config.ts sets for the whole suite.
const today = todayIso();

describe('where the repository keeps its table', () => {
  it('is kpi.json beside iop.config.yaml, the kpi_tabell path, or kpi.json at the .git root', () => {
    const repo = repository();
    mkdirSync(join(repo, 'arenden', 'laxhjalp'), { recursive: true });
    expect(repositoryTableFor({ regler: {} }, join(repo, 'arenden', 'laxhjalp'))).toBe(join(repo, 'kpi.json'));
    writeFileSync(join(repo, 'arenden', 'iop.config.yaml'), 'påminnelse_dagar: 30\n');
    const beside = readConfig(join(repo, 'arenden', 'iop.config.yaml')).config;
    expect(repositoryTableFor(beside, join(repo, 'arenden', 'laxhjalp'))).toBe(join(repo, 'arenden', 'kpi.json'));
    writeFileSync(join(repo, 'arenden', 'iop.config.yaml'), 'kpi_tabell: ../data/kpi-tal.json\n');
    const named = readConfig(join(repo, 'arenden', 'iop.config.yaml'));
    expect(named.diagnostics).toEqual([]);
    expect(repositoryTableFor(named.config, join(repo, 'arenden', 'laxhjalp'))).toBe(join(repo, 'data', 'kpi-tal.json'));
  });

  it('is nowhere outside a repository', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    expect(repositoryTableFor({ regler: {} }, dir)).toBeUndefined();
  });
});

describe('a repository table extends and overrides the bundled one', () => {
  it('adds months the bundled table lacks, replaces those it states differently, and says where each came from', () => {
    const repo = repository();
    const file = join(repo, 'kpi.json');
    writeFileSync(file, JSON.stringify({ serier: { '1980': { värden: { '2024-11': 416.7, '2025-10': 420 } } } }));
    const tables = loadKpiTables(file);
    expect(kpiValue(tables, '1980', '2024-10')).toMatchObject({ value: 415.51, origin: 'bundled' });
    expect(kpiValue(tables, '1980', '2025-10')).toMatchObject({ value: 420, origin: 'repository', file });
    expect(kpiValue(tables, '1980', '2024-11')).toMatchObject({ value: 416.7, origin: 'repository' });
    expect(latestValue(tables, '1980')).toMatchObject({ month: '2025-10' });
    expect(kpiValue(tables, '2020', '2025-10')).toBeUndefined();
    // Without the file only the bundled numbers are there.
    expect(kpiValue(loadKpiTables(join(repo, 'saknas.json')), '1980', '2025-10')).toBeUndefined();
  });

  it('is read again when it changes (preview and watch run for hours)', () => {
    const repo = repository();
    const file = join(repo, 'kpi.json');
    writeFileSync(file, JSON.stringify({ serier: { '1980': { värden: { '2025-10': 420 } } } }));
    expect(kpiValue(loadKpiTables(file), '1980', '2025-10')?.value).toBe(420);
    writeFileSync(file, JSON.stringify({ serier: { '1980': { värden: { '2025-10': 421.5, '2025-11': 421.75 } } } }));
    expect(kpiValue(loadKpiTables(file), '1980', '2025-10')?.value).toBe(421.5);
  });

  it('is used by iop kpi <månad>, which says which table in JSON', () => {
    const repo = repository();
    writeFileSync(join(repo, 'kpi.json'), JSON.stringify({ serier: { '1980': { värden: { '2025-10': 420 } } } }));
    expect(runCli(['kpi', '2025-10'], { cwd: repo })).toMatchObject({ code: 0, stdout: '420,00\n' });
    expect(JSON.parse(runCli(['kpi', '2025-10', '--format', 'json'], { cwd: repo }).stdout)).toEqual({ serie: '1980', månad: '2025-10', värde: 420, tabell: 'kpi.json' });
    expect(JSON.parse(runCli(['kpi', '2024-10', '--format', 'json'], { cwd: repo }).stdout)).toMatchObject({ värde: 415.51, tabell: 'medföljande' });
  });

  it('refuses a broken repository table with its name, exit 2', () => {
    const repo = repository();
    writeFileSync(join(repo, 'kpi.json'), '{"serier": {"1980": {"värden": {"2025-13": 420}}}}');
    const result = runCli(['kpi', '2024-10'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`iop: KPI-tabellen ${join(repo, 'kpi.json')} kan inte användas: serien 1980 har en felaktig månad '2025-13'.\n`);
  });
});

describe('iop kpi without a month', () => {
  it('shows the latest month of each series, its age, and where the repository table is', () => {
    const repo = repository();
    const result = runCli(['kpi'], { cwd: repo });
    expect(result.code).toBe(0);
    const [year, month] = today.split('-').map(Number);
    const age = (year! - 2024) * 12 + month! - 11;
    expect(result.stdout.split('\n')).toEqual([
      `KPI 1980=100: senaste månaden är 2024-11 (nov 2024) = 416,75, ur iop:s medföljande tabell; ${age} månader före innevarande månad.`,
      'KPI 2020=100: tabellerna har inga tal än.',
      'Arkivets KPI-tabell: kpi.json (finns inte än; skapas av iop kpi set eller iop kpi update).',
      "Lägg in ett tal som SCB har publicerat med 'npx iop kpi set ÅÅÅÅ-MM <värde>' (--serie 2020 för 2020=100), eller hämta de senaste med 'npx iop kpi update'.",
      '',
    ]);
    const json = JSON.parse(runCli(['kpi', '--format', 'json'], { cwd: repo }).stdout);
    expect(json.serier[0]).toEqual({ serie: '1980', senaste: '2024-11', värde: 416.75, månader_sedan: age, tabell: 'medföljande' });
    expect(json.arkivets_tabell).toEqual({ fil: 'kpi.json', finns: false });
  });
});

describe('iop kpi set', () => {
  it('records a plausible number with its source and date, creating the repository table, and leaves data/kpi.json alone', () => {
    const repo = repository();
    const before = sha256(BUNDLED);
    const result = runCli(['kpi', 'set', '2025-10', TEST_VALUE, '--källa', 'SCB, pressmeddelande'], { cwd: repo });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('La in KPI för 2025-10 (1980=100) = 420,00 i arkivets KPI-tabell kpi.json, som skapades.');
    const table = readTable(join(repo, 'kpi.json'));
    expect(table.serier['1980']!.värden).toEqual({ '2025-10': 420 });
    expect(table.serier['1980']!.ursprung).toEqual({ '2025-10': { källa: 'SCB, pressmeddelande', inlagd: today, med: 'iop kpi set' } });
    expect(sha256(BUNDLED)).toBe(before);
    expect(runCli(['kpi', '2025-10'], { cwd: repo }).stdout).toBe('420,00\n');
  });

  it('accepts a decimal point, keeps earlier months, and says when no source was given', () => {
    const repo = repository();
    expect(runCli(['kpi', 'set', '2025-10', TEST_VALUE], { cwd: repo }).code).toBe(0);
    const result = runCli(['kpi', 'set', '2025-09', '419.5'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ingen källa angavs; ange den med --källa');
    expect(readTable(join(repo, 'kpi.json')).serier['1980']!.värden).toEqual({ '2025-09': 419.5, '2025-10': 420 });
    expect(readTable(join(repo, 'kpi.json')).serier['1980']!.ursprung!['2025-09']!.källa).toBe('ingen källa angiven');
  });

  it.each([
    ['4191,2', 'Talet är ungefär tio gånger för stort; menade du 419,12?'],
    ['41,912', 'Talet är ungefär tio gånger för litet; menade du 419,12?'],
  ])('refuses %s for a month near 415, exit 1, with a clear message and nothing written', (value, hint) => {
    const repo = repository();
    const result = runCli(['kpi', 'set', '2025-10', value], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`iop: KPI för 2025-10 kan inte vara ${value}: de närmaste månaderna i tabellerna är 2024-11 (416,75). ${hint} Ange talet som SCB har publicerat det. Ingenting ändrades.\n`);
    expect(existsSync(join(repo, 'kpi.json'))).toBe(false);
  });

  it('compares with the months on both sides', () => {
    const repo = repository();
    expect(runCli(['kpi', 'set', '2025-10', TEST_VALUE], { cwd: repo }).code).toBe(0);
    const result = runCli(['kpi', 'set', '2025-03', '360,00'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('de närmaste månaderna i tabellerna är 2024-11 (416,75) och 2025-10 (420,00)');
  });

  it('refuses more than two decimals, a month not yet published, and a malformed number', () => {
    const repo = repository();
    expect(runCli(['kpi', 'set', '2025-10', '419,123'], { cwd: repo })).toMatchObject({ code: 1, stderr: 'iop: SCB publicerar KPI med två decimaler; 419,123 har fler. Ingenting ändrades.\n' });
    const thisMonth = today.slice(0, 7);
    expect(runCli(['kpi', 'set', thisMonth, TEST_VALUE], { cwd: repo })).toMatchObject({
      code: 1,
      stderr: `iop: SCB har inte publicerat KPI för ${thisMonth} än; talet för en månad publiceras i mitten av månaden efter. Ingenting ändrades.\n`,
    });
    expect(runCli(['kpi', 'set', '2025-10', 'fyrahundra'], { cwd: repo })).toMatchObject({ code: 2, stderr: "iop: Värdet ska vara ett tal som SCB publicerar det, t.ex. 415,51 eller 415.51, inte 'fyrahundra'.\n" });
    expect(runCli(['kpi', 'set', '2025-13', TEST_VALUE], { cwd: repo }).code).toBe(2);
    expect(existsSync(join(repo, 'kpi.json'))).toBe(false);
  });

  it('refuses to change a month the tables hold unless told to replace it', () => {
    const repo = repository();
    expect(runCli(['kpi', 'set', '2025-10', TEST_VALUE], { cwd: repo }).code).toBe(0);
    expect(runCli(['kpi', 'set', '2025-10', '420'], { cwd: repo })).toMatchObject({ code: 0, stdout: 'KPI för 2025-10 (1980=100) är redan 420,00 i arkivets KPI-tabell kpi.json. Ingenting ändrades.\n' });
    const changed = runCli(['kpi', 'set', '2025-10', '421,00'], { cwd: repo });
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain('KPI för 2025-10 (1980=100) är redan 420,00 i arkivets KPI-tabell kpi.json.');
    expect(runCli(['kpi', 'set', '2024-10', '415,00'], { cwd: repo }).stderr).toContain('är redan 415,51 i iop:s medföljande tabell');
    expect(runCli(['kpi', 'set', '2025-10', '421,00', '--ersatt'], { cwd: repo }).stdout).toContain('= 421,00 (i stället för 420,00 ur arkivets KPI-tabell kpi.json)');
    expect(readTable(join(repo, 'kpi.json')).serier['1980']!.värden['2025-10']).toBe(421);
  });

  it('records a 2020=100 number, saying it could not be checked when the series holds nothing to compare with', () => {
    const repo = repository();
    const result = runCli(['kpi', 'set', '2026-01', '900,01', '--serie', '2020'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Serien har inga andra månader att jämföra med, så talet kunde inte rimlighetskontrolleras.');
    expect(readTable(join(repo, 'kpi.json')).serier['2020']!.värden).toEqual({ '2026-01': 900.01 });
    expect(runCli(['kpi', '2026-01', '--serie', '2020'], { cwd: repo }).stdout).toBe('900,01\n');
  });

  it('writes where kpi_tabell in iop.config.yaml says', () => {
    const repo = repository();
    mkdirSync(join(repo, 'data'));
    writeFileSync(join(repo, 'iop.config.yaml'), 'kpi_tabell: data/kpi-tal.json\n');
    expect(runCli(['kpi', 'set', '2025-10', TEST_VALUE], { cwd: repo }).stdout).toContain('i arkivets KPI-tabell data/kpi-tal.json, som skapades.');
    expect(readTable(join(repo, 'data', 'kpi-tal.json')).serier['1980']!.värden).toEqual({ '2025-10': 420 });
    expect(existsSync(join(repo, 'kpi.json'))).toBe(false);
  });

  it('refuses to write while iop.config.yaml has errors, and outside any repository', () => {
    const repo = repository();
    writeFileSync(join(repo, 'iop.config.yaml'), 'kpi_tabell: 12\n');
    const broken = runCli(['kpi', 'set', '2025-10', TEST_VALUE], { cwd: repo });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^iop: .*iop\.config\.yaml:1:\d+: .* Rätta iop\.config\.yaml först; den säger var arkivets KPI-tabell finns\.\n$/);
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const outside = runCli(['kpi', 'set', '2025-10', TEST_VALUE], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('Hittar inget arkiv att skriva KPI-talet i');
  });
});

describe('iop kpi update into the repository table', () => {
  it('writes the months SCB answered that the tables lack into the repository table and leaves data/kpi.json untouched', async () => {
    const repo = repository();
    writeFileSync(join(repo, 'iop.config.yaml'), 'påminnelse_dagar: 30\n');
    const before = sha256(BUNDLED);
    const server = await answering(RECORDED_1980);
    try {
      const result = await runCliAsync(['kpi', 'update', '--url', server.url], {}, repo);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('La till 2 månader i arkivets KPI-tabell (1980=100): 2024-12 – 2025-01.');
      expect(result.stdout).toContain('Skrev kpi.json.');
      const again = await runCliAsync(['kpi', 'update', '--url', server.url], {}, repo);
      expect(again.stdout).toContain('Inga nya månader.');
    } finally {
      await server.close();
    }
    expect(sha256(BUNDLED)).toBe(before);
    const table = readTable(join(repo, 'kpi.json'));
    // Only what the bundled table lacks (2024-12 and 2025-01 are the fixture's made-up numbers).
    expect(table.serier['1980']!.värden).toEqual({ '2024-12': 500.01, '2025-01': 500.02 });
    expect(table.serier['1980']!.ursprung!['2025-01']).toEqual({ källa: server.url, inlagd: today, med: 'iop kpi update' });
    expect(runCli(['kpi', '2025-01'], { cwd: repo }).stdout).toBe('500,02\n');
  });

  it('asks for the 2020=100 contents code 00000808 and reads only that row of the answer', async () => {
    const repo = repository();
    const server = await answering(CONSTRUCTED_2020, 'KPI2020M');
    try {
      const result = await runCliAsync(['kpi', 'update', '--serie', '2020', '--url', server.url], {}, repo);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('La till 3 månader i arkivets KPI-tabell (2020=100): 2026-01 – 2026-03.');
    } finally {
      await server.close();
    }
    expect(server.queries).toEqual([
      {
        query: [
          { code: 'ContentsCode', selection: { filter: 'item', values: ['00000808'] } },
          { code: 'Tid', selection: { filter: 'top', values: ['60'] } },
        ],
        response: { format: 'json-stat' },
      },
    ]);
    expect(readTable(join(repo, 'kpi.json')).serier['2020']!.värden).toEqual({ '2026-01': 900.01, '2026-02': 900.02, '2026-03': 900.03 });
  });

  it('refuses an answer for the other series, writing nothing', async () => {
    const repo = repository();
    const server = await answering(RECORDED_1980);
    try {
      const result = await runCliAsync(['kpi', 'update', '--serie', '2020', '--url', server.url], {}, repo);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`iop: Svaret från ${server.url} kunde inte tolkas (svaret gäller KPI med 1980=100, inte 2020=100). KPI-tabellen är oförändrad.\n`);
    } finally {
      await server.close();
    }
    expect(existsSync(join(repo, 'kpi.json'))).toBe(false);
  });
});
