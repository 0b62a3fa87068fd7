// A small agreement for tests of what iop prints: two parties, one year from 2026-01-01, an option
// to extend, and whatever lines a test adds (a diarienummer, financing) in their places.
import type { IopData } from '../../src/model.js';
import { arendeFromText } from './arende.js';

export interface LaxhjalpLines {
  /** Under ärende:, e.g. ["  diarienummer: KS-2026-0042"]. */
  arende?: string[];
  /** Top-level lines before avtalstid:, e.g. a finansiering: block. */
  before?: string[];
  /** The extension option, as its flow mapping. */
  forlangning?: string;
}

export function laxhjalp({ arende = [], before = [], forlangning = '{ typ: option, längd: 12 }' }: LaxhjalpLines = {}): IopData {
  return arendeFromText({
    yaml: [
      'ärende:',
      '  titel: Överenskommelse om läxhjälp',
      ...arende,
      'parter:',
      '  - { id: kommunen, namn: Ekby kommun, sektor: offentlig }',
      '  - { id: foreningen, namn: Föreningen Läxhjälpen, sektor: idéburen }',
      ...before,
      'avtalstid:',
      '  start: 2026-01-01',
      '  slut: 2026-12-31',
      `  förlängning: ${forlangning}`,
    ].join('\n'),
  }).data;
}
