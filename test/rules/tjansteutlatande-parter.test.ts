import { describe, expect, it } from 'vitest';
import { tjansteutlatandeParter as rule } from '../../src/rules/tjansteutlatande/parter.js';
import { BASE_YAML, check, replaced } from '../helpers/arende.js';

const ID = 'tjänsteutlåtande/parter';

describe(ID, () => {
  it('godkänner ett godkännande som nämner alla parter med namn eller kortnamn', () => {
    expect(check(rule)).toEqual([]);
    expect(check(rule, { yaml: BASE_YAML.replace(/  godkännande: .*\n/, '') })).toEqual([]);
  });

  it('varnar när en part står under ett annat namn', () => {
    expect(check(rule, { yaml: replaced('Bergsjön, Socialnämnden Nordost och', 'Bergsjön, Socialförvaltningen Nordost och') })).toEqual([
      {
        ruleId: ID,
        severity: 'warning',
        message: 'Socialförvaltningen Nordost är ingen part i överenskommelsen. Menade du Socialnämnden Nordost?',
        file: 'iop.yaml',
        line: 79,
        path: '/tjänsteutlåtande/godkännande',
        related: [{ file: 'iop.yaml', line: 15, message: 'Parten heter Socialnämnden Nordost i överenskommelsen.' }],
      },
    ]);
  });

  it('varnar för en part som saknas i godkännandet', () => {
    expect(check(rule, { yaml: replaced('Bergsjön, Socialnämnden Nordost och Familjebostäder', 'Bergsjön och Familjebostäder') }).map((d) => d.message)).toEqual([
      'Godkännandet nämner inte parten Socialnämnden Nordost. Beslutet ska räkna upp samma parter som överenskommelsen, med de namn som står där.',
    ]);
  });

  it('varnar för ett namn som räknas upp som part men inte är någon, i beslutspunkterna och i texten', () => {
    const yaml = replaced('    - Uppdra åt förvaltningsdirektören att underteckna överenskommelsen.', '    - Godkänna att överenskommelsen mellan Föreningen Navet i Bergsjön och Stadsdelsnämnden Östra Göteborg förlängs.');
    const found = check(rule, { yaml, tjansteutlatande: 'Förvaltningen föreslår att nämnden godkänner partnerskapet mellan Navet, Socialnämnden Nordost, Familjebostäder och Bostadsbolaget för perioden.\n' });
    expect(found.map((d) => [d.file, d.line, d.message])).toEqual([
      ['iop.yaml', 81, 'Stadsdelsnämnden Östra Göteborg är ingen part i överenskommelsen. Parterna är Föreningen Navet i Bergsjön, Socialnämnden Nordost och Familjebostäder i Göteborg AB.'],
      ['tjansteutlatande.md', 1, 'Bostadsbolaget är ingen part i överenskommelsen. Parterna är Föreningen Navet i Bergsjön, Socialnämnden Nordost och Familjebostäder i Göteborg AB.'],
    ]);
  });

  it('godkänner uppräkningar med partnamn i kortform, med bindestreck och med generiska ord', () => {
    const tjansteutlatande = [
      'Överenskommelsen mellan Navet, Socialnämnden Nordost och Familjebostäder gäller fr.o.m. 2024-03-01.',
      'Avtalet sluts mellan föreningen och staden om mötesplatsen.',
      'År 2021 tecknades ett IOP-avtal mellan Göteborgs Stad och Bergsjön 2031.',
      'Partnerskapet mellan {{parter}} för perioden {{period avtalstid.start avtalstid.slut}}.',
    ].join('\n\n');
    expect(check(rule, { tjansteutlatande })).toEqual([]);
  });

  it('läser en beslutspunkt som godkänner överenskommelsen som godkännandet', () => {
    let yaml = BASE_YAML.replace(/  godkännande: .*\n/, '');
    yaml = replaced('    - Uppdra åt', '    - Godkänna överenskommelsen mellan Föreningen Navet i Bergsjön och Socialnämnden Nordost.\n    - Uppdra åt', yaml);
    expect(check(rule, { yaml }).map((d) => [d.path, d.message])).toEqual([
      ['/tjänsteutlåtande/beslutspunkter/0', 'Godkännandet nämner inte parten Familjebostäder i Göteborg AB. Beslutet ska räkna upp samma parter som överenskommelsen, med de namn som står där.'],
    ]);
  });

  it('läser varje uppräkning efter "överenskommelsen … mellan", i vilket skiftläge som helst, men inte "mellan" i andra meningar', () => {
    const tjansteutlatande = 'DETTA AVTAL mellan Navet och Bostadsbolaget gäller. Avtalet, som tidigare slöts mellan Navet och Stadsdelen, upphör. Mellan Navet och Kulturhuset finns inget avtal.\n';
    expect(check(rule, { tjansteutlatande }).map((d) => d.message.split(' är ')[0])).toEqual(['Bostadsbolaget', 'Stadsdelen']);
  });
});
