// An agreement with none of the optional facts: every rule runs on it without crashing, and the
// only findings are the warnings that say which facts are missing.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

interface JsonDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
}

describe('ett avtal utan organisationsnummer, finansiering och mål', () => {
  it('iop check avslutas med 0 och ger bara varningar om uppgifterna som saknas', () => {
    const result = runCli(['check', 'test/fixtures/utan-nummer', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['parter/uppgifter', 'warning', 'Hjällbo Fritidsförening har inget organisationsnummer. Partstabellen skriver "–" i stället; ange numret om avtalet har det, så att parten går att identifiera.'],
      ['parter/uppgifter', 'warning', 'Stadsdelsnämnden Angered har inget organisationsnummer. Partstabellen skriver "–" i stället; ange numret om avtalet har det, så att parten går att identifiera.'],
      ['parter/uppgifter', 'warning', 'Firmatecknaren för Stadsdelsnämnden Angered har inget namn. Underskriftsblocket får en tom rad för namnförtydligande som fylls i för hand.'],
      ['parter/uppgifter', 'warning', 'Bostadsbolaget i Hjällbo AB har inget organisationsnummer. Partstabellen skriver "–" i stället; ange numret om avtalet har det, så att parten går att identifiera.'],
      ['parter/uppgifter', 'warning', 'Bostadsbolaget i Hjällbo AB anger ingen firmatecknare. Underskriftsblocket får en tom rad för namnförtydligande som fylls i för hand.'],
    ]);
  });
});
