import { describe, expect, it } from 'vitest';
import { createHandlebars } from '../../src/render/helpers.js';
import { expandTemplate } from '../../src/render/markdown.js';
import { formatBelopp, formatDatum, formatLista, formatOrgnr, formatPeriod, formatTal } from '../../src/text/format.js';
import type { IopData } from '../../src/model.js';

const NBSP = '\u00a0';

const data = {
  ärende: { titel: 'Överenskommelse', diarienummer: 'N163-0038/24', förvaltning: 'Socialförvaltningen Nordost', nämnd: 'Socialnämnden Nordost', ort: 'Göteborg' },
  parter: [
    { id: 'navet', namn: 'Föreningen Navet i Bergsjön', kortnamn: 'Navet', sektor: 'idéburen', organisationsnummer: '8024441100', firmatecknare: { namn: 'M R', titel: 'Ordförande' } },
    { id: 'sn', namn: 'Socialnämnden Nordost', sektor: 'offentlig', organisationsnummer: '212000-1355', firmatecknare: { namn: 'F J', titel: 'Direktör' } },
    { id: 'fb', namn: 'Familjebostäder i Göteborg AB', sektor: 'offentlig', organisationsnummer: '556114-3941', firmatecknare: { namn: 'M O', titel: 'VD' } },
    { id: 'b', namn: 'Bergsjön 2031', sektor: 'idéburen', organisationsnummer: '802459-2829', firmatecknare: { namn: 'E W', titel: 'Ordförande' } },
    { id: 'dmf', namn: 'Demokrati och medborgarservice', sektor: 'offentlig', organisationsnummer: '212000-1355', firmatecknare: { namn: 'E E', titel: 'Direktör' } },
  ],
  mål: [],
  finansiering: { perioder: [], bidrag: [], totalt: 875000 },
  avtalstid: { start: '2024-03-01', slut: '2025-03-31' },
} as unknown as IopData;

const render = (text: string) => expandTemplate(createHandlebars(data), { file: 'avtal.md', text }, data);

describe('Swedish formatting', () => {
  it('writes amounts with non-breaking spaces', () => {
    expect(formatBelopp(875000)).toBe(`875${NBSP}000${NBSP}kr`);
    expect(formatBelopp(1250000)).toBe(`1${NBSP}250${NBSP}000${NBSP}kr`);
    expect(formatBelopp(500)).toBe(`500${NBSP}kr`);
  });
  it('writes dates in ISO form or long form', () => {
    expect(formatDatum('2024-03-01')).toBe('2024-03-01');
    expect(formatDatum('2024-03-01', 'lång')).toBe('1 mars 2024');
    expect(formatDatum('2025-12-31', 'lång')).toBe('31 december 2025');
  });
  it('writes periods, numbers, lists and organisationsnummer', () => {
    expect(formatPeriod('2024-03-01', '2025-03-31')).toBe(`fr.o.m.${NBSP}2024-03-01 t.o.m.${NBSP}2025-03-31`);
    expect(formatTal(5)).toBe('fem (5)');
    expect(formatTal(2)).toBe('två (2)');
    expect(formatTal(12)).toBe('tolv (12)');
    expect(formatLista(['A', 'B', 'C'])).toBe('A, B och C');
    expect(formatLista(['A', 'B'])).toBe('A och B');
    expect(formatLista(['A'])).toBe('A');
    expect(formatOrgnr('8024441100')).toBe('802444-1100');
    expect(formatOrgnr('168024441100')).toBe('802444-1100');
  });
});

describe('Handlebars helpers', () => {
  it('renders every helper', async () => {
    const text = [
      '{{belopp finansiering.totalt}}',
      '{{datum avtalstid.start}}',
      '{{datum avtalstid.start "lång"}}',
      '{{period avtalstid.start avtalstid.slut}}',
      '{{tal 5}}',
      '{{orgnr "8024441100"}}',
      '{{part "navet"}}',
      '{{part "navet" "kortnamn"}}',
      '{{part "sn" "kortnamn"}}',
      '{{parter}}',
      '{{parter "idéburen"}}',
      '{{exemplar}}',
    ].join('\n');
    const out = render(text);
    expect(out.split('\n')).toEqual([
      `875${NBSP}000${NBSP}kr`,
      '2024-03-01',
      '1 mars 2024',
      `fr.o.m.${NBSP}2024-03-01 t.o.m.${NBSP}2025-03-31`,
      'fem (5)',
      '802444-1100',
      'Föreningen Navet i Bergsjön',
      'Navet',
      'Socialnämnden Nordost',
      'Föreningen Navet i Bergsjön, Socialnämnden Nordost, Familjebostäder i Göteborg AB, Bergsjön 2031 och Demokrati och medborgarservice',
      'Föreningen Navet i Bergsjön och Bergsjön 2031',
      'fem (5)',
    ]);
    await expect(out + '\n').toMatchFileSnapshot('__snapshots__/helpers.txt');
  });

  it('reports a missing path with its place in the file', () => {
    const source = { file: '/a/avtal.md', text: 'Rad ett\nSumma: {{belopp finansiering.saknas}}', firstLine: 3 };
    expect(() => expandTemplate(createHandlebars(data), source, data)).toThrowError(/finns inte i iop.yaml/);
    try {
      expandTemplate(createHandlebars(data), source, data);
    } catch (error) {
      expect(error).toMatchObject({ file: '/a/avtal.md', line: 4, column: 8 });
    }
  });

  it('explains an unknown party in Swedish', () => {
    expect(() => render('{{part "okand"}}')).toThrowError(/det finns ingen part med id "okand"/);
  });
});
