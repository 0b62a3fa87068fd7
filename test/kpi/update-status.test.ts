// `iop kpi update` when SCB answers with an error status: the status and the reason phrase, or the
// status alone when the answer has no reason phrase (HTTP/2 never has one), not "503  på".
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKpiTables } from '../../src/kpi/tables.js';
import { updateKpiTable } from '../../src/kpi/update.js';
import { tempDir } from '../helpers/cli.js';
import { textLabelsAlone } from '../helpers/labels.js';
import { withServer } from './scb-server.js';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The message updateKpiTable fails with when SCB answers 503 with this reason phrase. */
async function failureWith(reason: string): Promise<{ message: string; url: string; file: string }> {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const server = await withServer((_request, _body, response) => {
    response.writeHead(503, reason);
    response.end();
  });
  cleanups.push(server.close);
  const file = join(dir, 'kpi.json');
  const error = await updateKpiTable({ serie: '1980', url: server.url, target: { file, explicit: true }, tables: loadKpiTables(undefined), today: '2026-06-01' }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Error);
  return { message: (error as Error).message, url: server.url, file };
}

describe('kpi update when SCB answers with an error status', () => {
  it('names the status and its reason phrase', async () => {
    const { message, url, file } = await failureWith('Service Unavailable');
    expect(message).toBe(`SCB svarade 503 Service Unavailable på ${url}. KPI-tabellen är oförändrad.`);
    expect(existsSync(file)).toBe(false);
  });

  it('names the status alone when the answer has no reason phrase', async () => {
    const { message, url } = await failureWith('');
    expect(message).toBe(`SCB svarade 503 på ${url}. KPI-tabellen är oförändrad.`);
    expect(textLabelsAlone(message)).toEqual([]);
  });
});
