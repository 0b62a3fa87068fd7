// What `iop extend` prints and the tillägg it writes name only what iop.yaml states: without a
// diarienummer the summary once read "Förlängde undefined fr.o.m. …".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { planExtension } from '../../src/extend/plan.js';
import { extensionSummary } from '../../src/extend/summary.js';
import { renderTillagg } from '../../src/extend/tillagg.js';
import { loadKpiTables } from '../../src/kpi/tables.js';
import type { IopData, ValidArende } from '../../src/model.js';
import { laxhjalp as agreement } from '../helpers/laxhjalp.js';
import { ROOT } from '../helpers/cli.js';
import { textLabelsAlone } from '../helpers/labels.js';

const TODAY = '2026-06-01';
const tables = loadKpiTables(undefined);

/** A one-year agreement with an option to extend and one amount per period, with this diarienummer line. */
function laxhjalp(diarienummer: string[]): IopData {
  return agreement({
    arende: diarienummer,
    before: ['finansiering:', '  perioder:', '    - { id: "2026", start: 2026-01-01, slut: 2026-12-31 }', '  bidrag:', '    - { part: kommunen, slag: pengar, belopp: { "2026": 400000 }, mottagare: foreningen }'],
  });
}

function navetKpi(): IopData {
  const [checked] = check([join(ROOT, 'test', 'fixtures', 'navet-kpi')]).arenden;
  expect(checked?.valid).toBe(true);
  return (checked!.arende as ValidArende).data;
}

describe('the summary iop extend prints', () => {
  it('names the diarienummer the agreement states', () => {
    const data = laxhjalp(['  diarienummer: KS-2026-0042']);
    const lines = extensionSummary(data, planExtension(data, tables, undefined, TODAY));
    expect(lines).toEqual(['Förlängde KS-2026-0042 fr.o.m.\u00a02027-01-01 t.o.m.\u00a02027-12-31 (period 2027, förlängning 1).', '  kommunen: 400\u00a0000\u00a0kr']);
  });

  it('says "överenskommelsen" without a diarienummer, never "undefined"', () => {
    const data = laxhjalp([]);
    const lines = extensionSummary(data, planExtension(data, tables, undefined, TODAY));
    expect(lines[0]).toBe('Förlängde överenskommelsen fr.o.m.\u00a02027-01-01 t.o.m.\u00a02027-12-31 (period 2027, förlängning 1).');
    expect(lines.flatMap(textLabelsAlone)).toEqual([]);
  });

  it('takes a blank diarienummer for none', () => {
    const data = laxhjalp(['  diarienummer: " "']);
    const lines = extensionSummary(data, planExtension(data, tables, undefined, TODAY));
    expect(lines[0]).toMatch(/^Förlängde överenskommelsen fr\.o\.m\./);
  });

  it('with KPI: each uplift and where the KPI numbers came from, with or without a diarienummer', () => {
    const data = navetKpi();
    const plan = planExtension(data, tables, undefined, TODAY);
    const lines = extensionSummary(data, plan);
    expect(lines[0]).toBe('Förlängde N163-0038/24 fr.o.m.\u00a02025-04-01 t.o.m.\u00a02026-03-31 (period 2025, förlängning 1).');
    expect(lines).toContain('  sn-nordost: 500\u00a0000\u00a0kr × 415,51 / 409,07 = 507\u00a0872\u00a0kr (avrundat till hela kronor)');
    expect(lines.at(-1)).toMatch(/^KPI för okt 2024 och okt 2023 är hämtade ur /);
    expect(lines.flatMap(textLabelsAlone)).toEqual([]);

    const unnumbered = structuredClone(data);
    delete unnumbered.ärende.diarienummer;
    const withoutNumber = extensionSummary(unnumbered, planExtension(unnumbered, tables, undefined, TODAY));
    expect(withoutNumber[0]).toBe('Förlängde överenskommelsen fr.o.m.\u00a02025-04-01 t.o.m.\u00a02026-03-31 (period 2025, förlängning 1).');
    expect(withoutNumber.slice(1)).toEqual(lines.slice(1));
  });
});

describe('the tillägg iop extend --tillagg writes', () => {
  it('has the diarienummer line when the agreement states one', () => {
    const data = laxhjalp(['  diarienummer: KS-2026-0042']);
    const text = renderTillagg(data, planExtension(data, tables, undefined, TODAY));
    expect(text).toContain('\nDiarienummer: KS-2026-0042\n');
    expect(textLabelsAlone(text)).toEqual([]);
  });

  it('has no diarienummer line without one, nor with a blank one', () => {
    for (const line of [[], ['  diarienummer: " "']]) {
      const data = laxhjalp(line);
      const text = renderTillagg(data, planExtension(data, tables, undefined, TODAY));
      expect(text).not.toMatch(/Diarienummer|undefined/);
      expect(text).toContain('Parterna Ekby kommun och Föreningen Läxhjälpen är överens om att överenskommelsen förlängs fr.o.m.\u00a02027-01-01 t.o.m.\u00a02027-12-31.');
      expect(textLabelsAlone(text)).toEqual([]);
    }
  });

  it('with KPI: the index sentence and a row per amount, and nothing left alone', () => {
    const data = navetKpi();
    const text = renderTillagg(data, planExtension(data, tables, undefined, TODAY));
    expect(text).toContain('Beloppen räknas upp med konsumentprisindex (KPI 1980=100) från okt 2023 till okt 2024');
    expect(text).toContain('| Socialnämnden Nordost | 507\u00a0872\u00a0kr |');
    expect(textLabelsAlone(text)).toEqual([]);
  });
});

describe('textLabelsAlone (the search itself)', () => {
  it('finds a label whose value is missing', () => {
    expect(textLabelsAlone('Förlängde undefined fr.o.m. 2027-01-01.')).toHaveLength(1);
    expect(textLabelsAlone('Diarienummer: ')).toHaveLength(1);
    expect(textLabelsAlone('Förlängde  fr.o.m. 2027-01-01.')).toHaveLength(1);
    expect(textLabelsAlone('examples/navet ()')).toHaveLength(1);
    expect(textLabelsAlone('SCB svarade 503  på http://x.')).toHaveLength(1);
    expect(textLabelsAlone('· Tjänsteutlåtande')).toHaveLength(1);
  });

  it('passes lines with their values, indented or not', () => {
    expect(textLabelsAlone('Diarienummer: KS-2026-0042\n  kommunen: 400\u00a0000\u00a0kr\n| Part | Belopp för perioden | Beräkning |')).toEqual([]);
  });
});
