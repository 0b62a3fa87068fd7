import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/index.js';
import { toJsonReport } from '../../src/report/json.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const temp = tempDir('iop-parallel-');
afterAll(temp.cleanup);

describe('iop check over many ärenden (worker threads)', () => {
  it('reports exactly what a single-threaded check reports, in the same order', () => {
    for (let i = 0; i < 60; i++) {
      const dir = join(temp.dir, `arende-${String(i).padStart(2, '0')}`);
      cpSync(join(ROOT, i % 2 ? 'examples/frivilligcentral' : 'test/fixtures/minimal'), dir, { recursive: true });
      if (i % 7 === 0) {
        const file = join(dir, 'iop.yaml');
        writeFileSync(file, readFileSync(file, 'utf8').replace('sektor: offentlig', 'sektor: kommunal'));
      }
    }
    const cli = runCli(['check', temp.dir, '--format', 'json'], { cwd: temp.dir });
    expect(cli.code).toBe(1);
    const serial = check([temp.dir], { cwd: temp.dir, keepArenden: false });
    expect(JSON.parse(cli.stdout)).toEqual(toJsonReport(serial, serial.diagnostics, temp.dir));
    expect(JSON.parse(cli.stdout).summary).toMatchObject({ files: 60, errors: 9 });
  });
});
