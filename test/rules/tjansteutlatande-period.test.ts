import { describe, expect, it } from 'vitest';
import { tjansteutlatandePeriod as rule } from '../../src/rules/tjansteutlatande/period.js';
import { BASE_TJANSTEUTLATANDE, check, replaced } from '../helpers/arende.js';

const ID = 'tjänsteutlåtande/period';
const SLUT = { file: 'iop.yaml', line: 55, message: 'Avtalstiden slutar 2026-02-28 enligt överenskommelsen.' };
const START = { file: 'iop.yaml', line: 54, message: 'Avtalstiden börjar 2024-03-01 enligt överenskommelsen.' };
const md = (text: string): string => BASE_TJANSTEUTLATANDE + '\n' + text + '\n';

describe(ID, () => {
  it('godkänner avtalstiden, slutet efter en förlängning och historiska perioder', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: replaced('t.o.m. 2026-02-28.', 't.o.m. 2027-02-28.') })).toEqual([]);
    expect(check(rule, { tjansteutlatande: md('Ett tidigare avtal gällde 2019-07-01 – 2021-12-31. Den 15 december 2021 tecknades ett nytt IOP-avtal, och 2022-01-10 började arbetet.') })).toEqual([]);
  });

  it('underkänner ett annat slutdatum i godkännandet och pekar på avtalstiden', () => {
    expect(check(rule, { yaml: replaced('t.o.m. 2026-02-28.', 't.o.m. 2026-12-31.') })).toEqual([
      {
        ruleId: ID,
        severity: 'error',
        message: 'Tjänsteutlåtandet anger en period som slutar 2026-12-31, men avtalstiden slutar 2026-02-28.',
        file: 'iop.yaml',
        line: 79,
        path: '/tjänsteutlåtande/godkännande',
        related: [SLUT],
      },
    ]);
  });

  it('underkänner ett annat startdatum i tjansteutlatande.md', () => {
    const text = replaced('fr.o.m. {{datum avtalstid.start}}', 'från och med 2024-01-01', BASE_TJANSTEUTLATANDE);
    expect(check(rule, { tjansteutlatande: text })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Tjänsteutlåtandet anger en period som börjar 2024-01-01, men avtalstiden börjar 2024-03-01.', file: 'tjansteutlatande.md', line: 3, related: [START] },
    ]);
  });

  it('läser långa datum och "gäller fr.o.m." med ett enstaka datum', () => {
    expect(check(rule, { tjansteutlatande: md('Partnerskapet löper 1 mars 2024 – 31 december 2026.') }).map((d) => [d.message, d.line])).toEqual([
      ['Tjänsteutlåtandet anger en period som slutar 2026-12-31, men avtalstiden slutar 2026-02-28.', 9],
    ]);
    expect(check(rule, { tjansteutlatande: md('Överenskommelsen gäller fr.o.m. 2024-04-01.') }).map((d) => d.message)).toEqual([
      'Tjänsteutlåtandet anger en period som börjar 2024-04-01, men avtalstiden börjar 2024-03-01.',
    ]);
  });
});
