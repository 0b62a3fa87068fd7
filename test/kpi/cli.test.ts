// `iop kpi` and `iop kpi update`, spawned as a user runs them. No test touches the internet.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { closedPort, runCliAsync, withServer } from './scb-server.js';


const RECORDED = readFileSync(join(ROOT, 'test', 'fixtures', 'scb', 'kpitotm-json-stat.json'));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A copy of data/kpi.json in a temporary folder, so no test writes the bundled table. */
function tableCopy(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const file = join(dir, 'kpi.json');
  copyFileSync(join(ROOT, 'data', 'kpi.json'), file);
  return file;
}

describe('iop kpi <månad>', () => {
  it('prints the value with a decimal comma', () => {
    expect(runCli(['kpi', '2024-10'])).toMatchObject({ code: 0, stdout: '415,51\n' });
    expect(runCli(['kpi', '2023-10', '--serie', '1980'])).toMatchObject({ code: 0, stdout: '409,07\n' });
  });

  it('prints JSON', () => {
    const result = runCli(['kpi', '2024-10', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ serie: '1980', månad: '2024-10', värde: 415.51, tabell: 'medföljande' });
  });

  it('exits 2 naming the month and the latest month when the value is missing', () => {
    const result = runCli(['kpi', '2031-10']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^iop: KPI för 2031-10 \(1980=100\) finns inte i KPI-tabellerna\. Senaste månaden i tabellerna är \d{4}-\d{2} \(/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a malformed month', () => {
    expect(runCli(['kpi', '2024-13'])).toMatchObject({ code: 2, stderr: "iop: Månaden ska anges i formen ÅÅÅÅ-MM, t.ex. 2024-10, inte '2024-13'.\n" });
  });

  it('reads another table from IOP_KPI_FILE', () => {
    const file = tableCopy();
    const table = JSON.parse(readFileSync(file, 'utf8')) as { serier: Record<string, { värden: Record<string, number> }> };
    expect(runCli(['kpi', '2024-10'], { env: { IOP_KPI_FILE: file } }).stdout).toBe(`${String(table.serier['1980']!.värden['2024-10']).replace('.', ',')}\n`);
    expect(runCli(['kpi', '2024-10', '--serie', '2020'], { env: { IOP_KPI_FILE: file } }).code).toBe(2);
  });
});

describe('iop kpi update', () => {
  it('posts a PxWeb json-stat query and adds the new months atomically, keeping the old ones', async () => {
    const file = tableCopy();
    const before = JSON.parse(readFileSync(file, 'utf8')) as { serier: { '1980': { värden: Record<string, number> } } };
    let query: unknown;
    const server = await withServer((request, body, response) => {
      expect(request.method).toBe('POST');
      query = JSON.parse(body);
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(RECORDED);
    });
    try {
      const result = await runCliAsync(['kpi', 'update', '--url', server.url, '--tabell', file], { IOP_KPI_FILE: file });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('La till 2 månader i arkivets KPI-tabell (1980=100): 2024-12 – 2025-01.');
    } finally {
      await server.close();
    }
    expect(query).toEqual({
      query: [
        { code: 'ContentsCode', selection: { filter: 'item', values: ['000004VU'] } },
        { code: 'Tid', selection: { filter: 'top', values: ['60'] } },
      ],
      response: { format: 'json-stat' },
    });
    const after = JSON.parse(readFileSync(file, 'utf8')) as { serier: { '1980': { värden: Record<string, number>; källor: Array<{ url: string }> } } };
    for (const [month, value] of Object.entries(before.serier['1980'].värden)) expect(after.serier['1980'].värden[month]).toBe(value);
    expect(after.serier['1980'].värden['2025-01']).toBe(500.02);
    expect(after.serier['1980'].källor.map((s) => s.url)).toContain(server.url);
    expect(runCli(['kpi', '2025-01'], { env: { IOP_KPI_FILE: file } }).stdout).toBe('500,02\n');
  });

  it('leaves the table as it was when the answer is not json-stat', async () => {
    const file = tableCopy();
    const original = readFileSync(file, 'utf8');
    const server = await withServer((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"fel": true}');
    });
    try {
      const result = await runCliAsync(['kpi', 'update', '--url', server.url, '--tabell', file], { IOP_KPI_FILE: file });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^iop: Svaret från .* kunde inte tolkas .*KPI-tabellen är oförändrad\.\n$/);
    } finally {
      await server.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('leaves the table as it was when SCB answers with an error status', async () => {
    const file = tableCopy();
    const original = readFileSync(file, 'utf8');
    const server = await withServer((_request, _body, response) => {
      response.writeHead(503, 'Service Unavailable');
      response.end();
    });
    try {
      const result = await runCliAsync(['kpi', 'update', '--url', server.url, '--tabell', file], { IOP_KPI_FILE: file });
      expect(result).toMatchObject({ code: 2, stderr: `iop: SCB svarade 503 Service Unavailable på ${server.url}. KPI-tabellen är oförändrad.\n` });
    } finally {
      await server.close();
    }
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('gives a clear Swedish error offline (connection refused) and leaves the table as it was', async () => {
    const file = tableCopy();
    const original = readFileSync(file, 'utf8');
    const port = await closedPort();
    const result = await runCliAsync(['kpi', 'update', '--url', `http://127.0.0.1:${port}/KPItotM`], { IOP_KPI_FILE: file });
    expect(result).toMatchObject({ code: 2, stderr: `iop: Kunde inte ansluta till 127.0.0.1:${port} (anslutningen nekades). KPI-tabellen är oförändrad.\n` });
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('times out with a Swedish error when the server does not answer', async () => {
    const file = tableCopy();
    const server = await withServer(() => undefined);
    try {
      const result = await runCliAsync(['kpi', 'update', '--url', server.url, '--tabell', file, '--timeout', '1'], { IOP_KPI_FILE: file });
      expect(result).toMatchObject({ code: 2, stderr: `iop: SCB svarade inte inom 1 sekunder (${server.url}). KPI-tabellen är oförändrad.\n` });
    } finally {
      server.close().catch(() => undefined);
    }
  });
});
