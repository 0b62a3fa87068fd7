import { describe, expect, it } from 'vitest';
import { parterReferenser as rule } from '../../src/rules/parter/referenser.js';
import { check, replaced } from '../helpers/arende.js';

const ID = 'parter/referenser';

describe(ID, () => {
  it('godkänner hänvisningar till parter som finns', () => {
    expect(check(rule)).toEqual([]);
  });

  it('underkänner en okänd part i styrgruppen och föreslår den närmaste', () => {
    expect(check(rule, { yaml: replaced('sammankallande: sn-nordost', 'sammankallande: sn-nordst') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Det finns ingen part med id "sn-nordst". Menade du "sn-nordost"?', file: 'iop.yaml', line: 39, path: '/organisation/grupper/0/sammankallande' },
    ]);
  });

  it('godtar avtalets egna ord som sammankallande, men inte ett okänt id i gruppen', () => {
    expect(check(rule, { yaml: replaced('sammankallande: sn-nordost', 'sammankallande: roterar mellan parterna') })).toEqual([]);
    expect(check(rule, { yaml: replaced('sammankallande: sn-nordost', 'sammankallande: koordinatorn') })).toEqual([]);
    expect(check(rule, { yaml: replaced('parter: [navet, sn-nordost, familjebostader]', 'parter: [navet, kulturnamnden]') }).map((d) => d.path)).toEqual(['/organisation/grupper/0/parter/1']);
  });

  it('räknar upp parterna när inget id ligger nära', () => {
    expect(check(rule, { yaml: replaced('ansvar: [navet]', 'ansvar: [kulturforvaltningen]') })).toEqual([
      { ruleId: ID, severity: 'error', message: 'Det finns ingen part med id "kulturforvaltningen". Parterna är navet, sn-nordost och familjebostader.', file: 'iop.yaml', line: 29, path: '/mål/0/ansvar/0' },
    ]);
  });

  it('kontrollerar mottagare i finansieringen och parter i fakturaadresser', () => {
    const yaml = replaced('mottagare: navet }', 'mottagare: navett }', replaced('    - part: familjebostader\n', '    - part: familjebostäder\n'));
    expect(check(rule, { yaml }).map((d) => [d.path, d.line])).toEqual([
      ['/finansiering/bidrag/0/mottagare', 48],
      ['/fakturering/adresser/1/part', 65],
    ]);
  });
});
