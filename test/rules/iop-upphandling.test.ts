import { describe, expect, it } from 'vitest';
import { iopUpphandling as rule } from '../../src/rules/iop/upphandling.js';
import { BASE_AVTAL, BASE_YAML, check } from '../helpers/arende.js';

const ID = 'iop/upphandling';
const texts = (extra: string): string[] => check(rule, { avtal: BASE_AVTAL + '\n' + extra + '\n' }).map((d) => d.message.split('"')[1] ?? '');

describe(ID, () => {
  it('godkänner finansiering per år', () => {
    expect(check(rule)).toEqual([]);
  });

  it('varnar för ersättning per deltagare', () => {
    expect(check(rule, { avtal: BASE_AVTAL + '\nFöreningen får en ersättning på 450 kr per deltagare och tillfälle.\n' })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Formuleringen "ersättning på 450 kr per deltagare" beskriver betalning per levererad enhet. Det liknar ett köp och kan göra att överenskommelsen bedöms som ett offentligt kontrakt (HFD 2020:15). Beskriv i stället parternas gemensamma insatser och finansiering.',
        file: 'avtal.md',
        line: 17,
      },
    ]);
  });

  it('varnar för à-pris, timpris, per timme och per utförd insats', () => {
    expect(texts('Insatserna faktureras till ett à-pris om 900 kr. Arvodet är 500 kr per timme och 200 kr per utförd insats. Timpris enligt bilaga.')).toEqual(['à-pris', 'per timme', 'per utförd', 'Timpris']);
  });

  it('varnar för ord som slutar på å, ä eller ö, som per besök och ersättning per elev och besök', () => {
    expect(texts('Föreningen får 300 kr per besök.')).toEqual(['per besök']);
  });

  it('godkänner ord som bara börjar likadant, som per besöksår eller prisade insatser', () => {
    expect(texts('Uppföljning sker per besöksår. Föreningen har prisats för sitt arbete.')).toEqual([]);
  });

  it('hittar formuleringarna där de står, också efter skiljetecken och i iop.yaml, men inte andra ord med per eller pris', () => {
    expect(texts('Personalen, perioden och priset: ersättning för varje deltagare; à-pris.Timpris!')).toEqual(['ersättning för varje deltagare', 'à-pris', 'Timpris']);
    expect(texts('Föreningen får en ersättning per\ndeltagare. Perioden löper, och operatören betalas per timme')).toEqual(['ersättning per\ndeltagare', 'per timme']);
    expect(texts('Under perioden bidrar parterna per år. Prisbasbeloppet gäller.')).toEqual([]);
    const yaml = BASE_YAML.replace('Föreningen driver mötesplatsen och samordnar aktiviteterna.', 'Föreningen ersätts med 450 kr per deltagare.');
    expect(check(rule, { yaml }).map((d) => d.path)).toEqual(['/åtaganden/0/punkter/0']);
  });
});
