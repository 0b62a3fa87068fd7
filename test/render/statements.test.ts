// The inventory of generated sentences: every sentence has a triggering field, appears when that
// field is stated and not when it is absent, and docs/genererad-text.md is current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IopData } from '../../src/model.js';
import { avtalDocument, tjansteutlatandeDocument } from '../../src/render/document.js';
import { inventoryMarkdown } from '../../src/render/inventory.js';
import { recordStatements, STATEMENTS, type StatementId } from '../../src/render/statements.js';
import { loadTemplates } from '../../src/render/templates.js';
import { loadSchema } from '../../src/schema/validate.js';
import { arendeFromText, BASE_YAML } from '../helpers/arende.js';
import { ROOT } from '../helpers/cli.js';

const BASE: IopData = arendeFromText({ yaml: BASE_YAML }).data;
const clone = (data: IopData): IopData => structuredClone(data);
type Mutable = Record<string, unknown>;

/** Variants of the base ärende that together state every field the table names. */
function variants(): Array<{ name: string; data: IopData }> {
  const full = clone(BASE) as IopData & Mutable;
  full.avtalstid = {
    start: '2024-03-01',
    slut: '2026-02-28',
    förlängning: { typ: 'automatisk', längd: 12, max: 2, besked: 2, besked_avser: 'förlängning eller omförhandling', form: 'skriftlig', till: 'styrgruppen' },
    längst_till: '2028-02-29',
    uppsägningstid: 6,
    uppsägning: { före_verksamhetsår: 3, form: 'skriftlig', till: 'styrgruppen', enskild_part: { vid: 'årsskifte', besked: 3 } },
  };
  full.indexering = { andel: 80, serie: '1980', referensmånad: 10, basmånad: '2023-10', avrundning: 'hundra', avrunda: 'nedåt', får_sänkas: false };
  full.fakturering = { fakturerande: 'navet', tidpunkt: 'en gång per år i mars', fakturadatum: ['2024-03-15'], betalningsvillkor: 30, dröjsmålsränta: true };
  full.organisation = {
    grupper: [
      {
        id: 'styrgruppen',
        namn: 'Styrgruppen',
        parter: ['navet', 'sn-nordost'],
        ledamöter: [{ namn: 'Anna Ek', roll: 'ordförande', part: 'navet' }],
        sammankallande: 'sn-nordost',
        dokumenterar: 'navet',
        möten_per_år: 2,
        möten: ['2024-04-15'],
      },
    ],
    koordinator: { roll: 'verksamhetsledaren', part: 'navet' },
  } as IopData['organisation'];
  full.uppföljning = {
    ansvarig: 'styrgruppen',
    gånger_per_år: 2,
    rapporter: [{ namn: 'Årsrapport', ansvarig: 'navet', mottagare: 'styrgruppen', förfaller: '2025-03-31', årligen: '03-31', innehåll: ['Aktiviteter'] }],
  };
  full.finansiering = { ...BASE.finansiering, bidrag: [...(BASE.finansiering?.bidrag ?? []), { part: 'familjebostader', slag: 'pengar', enligt_bilaga: 1 }] } as IopData['finansiering'];
  full.underskrifter = { sätt: 'papper', exemplar: 3 };
  full.tjänsteutlåtande = { ...BASE.tjänsteutlåtande, godkännande: undefined, samverkan: { forum: 'Förvaltningens samverkansgrupp (FSG)', datum: '2024-01-30' } } as IopData['tjänsteutlåtande'];

  const openEnded = clone(BASE) as IopData & Mutable;
  openEnded.avtalstid = { start: '2024-03-01', tills_vidare: true, förlängning: { typ: 'årlig', kpi: true }, uppsägningstid: 6, uppsägning: { form: 'skriftlig', till: 'alla parter' } };
  delete openEnded.indexering;
  openEnded.underskrifter = { text: ['Avtalet har upprättats i två exemplar.'] };

  const startOnly = clone(BASE) as IopData & Mutable;
  startOnly.avtalstid = { start: '2024-03-01', förlängning: { typ: 'ingen' } };
  startOnly.indexering = { text: 'Ersättningen räknas upp med KPI.' };

  const ownTerm = clone(BASE) as IopData & Mutable;
  ownTerm.avtalstid = { start: '2024-03-01', slut: '2026-02-28', text: ['Avtalet gäller i två år.'] };
  ownTerm.fakturering = { fakturerande: 'navet', betalningsvillkor: 30, betalningsvillkor_text: 'Betalning sker senast 30 dagar efter godkänd faktura.' };

  return [
    { name: 'full', data: full },
    { name: 'tills vidare', data: openEnded },
    { name: 'bara start', data: startOnly },
    { name: 'egen avtalstid', data: ownTerm },
  ];
}

/** The sentences written for this data, in the agreement and the tjänsteutlåtande. */
function written(data: IopData): Set<StatementId> {
  const arende = { ...arendeFromText({ yaml: BASE_YAML }), data };
  const templates = loadTemplates({ regler: {} });
  return recordStatements(() => {
    avtalDocument({ arende, templates, fingerprint: 'test', utkast: true });
    tjansteutlatandeDocument({ arende, templates, fingerprint: 'test', utkast: true });
  }).ids;
}

/** Deletes a field; `[]` deletes it in every element of a list. */
function deleteField(node: unknown, path: string[]): void {
  if (node === null || typeof node !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const record = node as Mutable;
  if (rest.length === 0) {
    delete record[key];
    return;
  }
  const next = record[key];
  if (list && Array.isArray(next)) for (const item of next) deleteField(item, rest);
  else deleteField(next, rest);
}

/** Fields the schema requires: a valid ärende always states them, so they cannot be absent. */
const REQUIRED = new Set(['parter', 'avtalstid.start']);

describe('generated sentences', () => {
  it('docs/genererad-text.md is current (regenerate: npm run docs:text)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'genererad-text.md'), 'utf8')).toBe(inventoryMarkdown());
  });

  it('names for every sentence at least one field, each a field of the format', () => {
    const topLevel = Object.keys((loadSchema('iop') as { properties: Record<string, unknown> }).properties);
    for (const [id, statement] of Object.entries(STATEMENTS)) {
      expect(statement.fields.length, id).toBeGreaterThan(0);
      for (const field of statement.fields) expect(topLevel, `${id}: ${field}`).toContain(field.split(/[.[]/)[0]);
    }
  });

  it('writes each sentence when its fields are stated, and none when they are absent', () => {
    const seen = new Set<StatementId>();
    for (const { name, data } of variants()) {
      const ids = written(data);
      for (const id of ids) {
        seen.add(id);
        const fields = STATEMENTS[id].fields;
        if (fields.some((field) => REQUIRED.has(field))) continue;
        const without = clone(data);
        for (const field of fields) deleteField(without, field.split('.'));
        expect(written(without).has(id), `${name}: ${id} utan ${fields.join(', ')}`).toBe(false);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(STATEMENTS).sort());
  });

  it('writes no sentence from a field the ärende does not state', () => {
    const bare = clone(BASE) as IopData & Mutable;
    for (const key of ['mål', 'åtaganden', 'organisation', 'finansiering', 'fakturering', 'underskrifter', 'tjänsteutlåtande', 'indexering']) delete bare[key];
    bare.avtalstid = { start: '2024-03-01', slut: '2026-02-28' };
    expect([...written(bare)].sort()).toEqual(['avtalstid.period', 'tu.godkännande']);
  });
});
