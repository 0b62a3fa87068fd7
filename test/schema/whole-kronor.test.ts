// Amounts are whole kronor. A decimal is one error at the decimal itself, saying what to write;
// before, it passed the schema and the sum rule reported "250 000 = 250 000 kr" at the totals.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const tmp = tempDir('iop-kronor-');
afterAll(() => tmp.cleanup());

function checkWith(name: string, from: string, to: string) {
  const dir = join(tmp.dir, name);
  cpSync(join(ROOT, 'test/fixtures/minimal'), dir, { recursive: true });
  const file = join(dir, 'iop.yaml');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} finns inte i fixturen`);
  writeFileSync(file, text.replace(from, to));
  const line = text.slice(0, text.indexOf(from)).split('\n').length;
  return { diagnostics: check([dir], { today: '2025-01-20' }).diagnostics, line };
}

describe('amounts in whole kronor', () => {
  it.each([
    ['250000.4', '250000'],
    ['250000.50', '250001'],
  ])('belopp: %s is one error at the value: write %s', (written, fix) => {
    const { diagnostics, line } = checkWith(`belopp-${written}`, 'belopp: 250000', `belopp: ${written}`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', path: '/finansiering/bidrag/0/belopp', line, column: 15 });
    expect(diagnostics[0]!.message).toBe(`'${Number(written)}' i 'belopp' har öre. Belopp skrivs i hela kronor: skriv ${fix}.`);
    expect(diagnostics.some((d) => d.ruleId === 'finansiering/summa')).toBe(false);
  });

  it('the same for a total', () => {
    const { diagnostics } = checkWith('totalt', '  totalt: 250000\nfakturering', '  totalt: 249999.99\nfakturering');
    expect(diagnostics.map((d) => [d.path, d.message])).toEqual([['/finansiering/totalt', "'249999.99' i 'totalt' har öre. Belopp skrivs i hela kronor: skriv 250000."]]);
  });

  it('whole kronor written with a decimal point that YAML reads as a whole number pass', () => {
    expect(checkWith('heltal', 'belopp: 250000', 'belopp: 250000.0').diagnostics).toEqual([]);
  });
});
