import { describe, expect, it } from 'vitest';
import { parterNamn as rule } from '../../src/rules/parter/namn.js';
import { BASE_AVTAL, BASE_TJANSTEUTLATANDE, check, replaced } from '../helpers/arende.js';

const ID = 'parter/namn';
const avtal = (sentence: string): string => BASE_AVTAL + `\n${sentence}\n`;

describe(ID, () => {
  it('godkänner partens namn och kortnamn, i genitiv och med små bokstäver', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { avtal: avtal('Socialnämnden Nordosts uppdrag är att stärka civilsamhället; socialnämnden Nordost bidrar. Familjebostäder i Göteborg äger lokalen.') })).toEqual([]);
  });

  it('godkänner andra organisationer och ortnamn som inte liknar en part', () => {
    expect(check(rule, { avtal: avtal('Socialnämnden Nordväst och Familjebostäder bidrar. Föreningen Navet i samverkan med Kulturförvaltningen.') })).toEqual([]);
  });

  it('varnar för ett namn som nästan är partens och föreslår namnet', () => {
    expect(check(rule, { avtal: avtal('Socialnämnd Nordost bidrar med 500 000 kr per år.') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Texten skriver "Socialnämnd Nordost", som liknar partens namn men inte är det. Menade du "Socialnämnden Nordost"?',
        file: 'avtal.md',
        line: 17,
        related: [{ file: 'iop.yaml', line: 15, message: 'Parten heter Socialnämnden Nordost i partslistan.' }],
      },
    ]);
  });

  it('varnar för partens namn med en annan ort efter "i", i tjänsteutlåtandet och i iop.yaml', () => {
    expect(check(rule, { tjansteutlatande: BASE_TJANSTEUTLATANDE + '\n## Familjebostäder i Bergsjön\n' }).map((d) => [d.file, d.message])).toEqual([
      ['tjansteutlatande.md', 'Texten skriver "Familjebostäder i Bergsjön", som liknar partens namn men inte är det. Menade du "Familjebostäder i Göteborg AB" (eller kortnamnet "Familjebostäder")?'],
    ]);
    const yaml = replaced('Föreningen Navet i Bergsjön, Socialnämnden Nordost och Familjebostäder fr.o.m.', 'Föreningen Navet i Bergsjön, Socialnämnd Nordost och Familjebostäder fr.o.m.');
    expect(check(rule, { yaml }).map((d) => [d.path, d.message])).toEqual([
      ['/tjänsteutlåtande/godkännande', 'Texten skriver "Socialnämnd Nordost", som liknar partens namn men inte är det. Menade du "Socialnämnden Nordost"?'],
    ]);
  });

  it('räknar inte ett namn som står som "För …" i underskriften', () => {
    const yaml = replaced('firmatecknare: { namn: Fredrik Johansson, titel: Förvaltningsdirektör }', 'firmatecknare: { namn: Fredrik Johansson, titel: Förvaltningsdirektör, för: Socialnämnd Nordost }');
    expect(check(rule, { yaml, avtal: avtal('Socialnämnd Nordost bidrar.') })).toEqual([]);
  });

  it('prövar varje ställe där ett ord börjar som ett namn, i texterna och i iop.yaml, men bara där det andra ordet börjar som namnets', () => {
    const found = (text: string): string[] => check(rule, { avtal: avtal(text) }).map((d) => d.message.slice(0, d.message.indexOf(',')));
    expect(found('Socialnämnd Nordost, socialnämnden Nordost och SOCIALNÄMNDEN NORDÖST bidrar.')).toEqual(['Texten skriver "Socialnämnd Nordost"', 'Texten skriver "SOCIALNÄMNDEN NORDÖST"']);
    expect(found('Socialnämnden Västra, Socialnämnden i staden och Familjebostäder i Angered.')).toEqual(['Texten skriver "Familjebostäder i Angered"']);
    expect(found('förenings-Navet: Föreningen Nave i Bergsjön.')).toEqual(['Texten skriver "Föreningen Nave i Bergsjön"']);
    // The second word after a dash, a line break or a hyphenated first word is read as the second word.
    expect(found('Socialnämnd – Nordost och Socialnämnd\nNordost.')).toEqual(['Texten skriver "Socialnämnd – Nordost"', 'Texten skriver "Socialnämnd\nNordost"']);
    expect(found('Social-nämnden Nordost och Socialnämnden-- Nordost.')).toEqual(['Texten skriver "Social-nämnden Nordost"', 'Texten skriver "Socialnämnden-- Nordost"']);
    const yaml = replaced('Föreningen driver mötesplatsen och samordnar aktiviteterna.', 'Socialnämnd Nordost');
    expect(check(rule, { yaml }).map((d) => [d.path, d.message.slice(0, d.message.indexOf(','))])).toEqual([['/åtaganden/0/punkter/0', 'Texten skriver "Socialnämnd Nordost"']]);
  });
});
