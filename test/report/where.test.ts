// Paths as the person at the terminal reads and copies them.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { checkCommand, shellArgument, shownPath } from '../../src/report/where.js';
import type { Diagnostic } from '../../src/model.js';

describe('shownPath', () => {
  it('is relative inside the working folder and absolute outside it', () => {
    expect(shownPath('/arkiv', '/arkiv/arenden/laxhjalp/iop.yaml')).toBe('arenden/laxhjalp/iop.yaml');
    expect(shownPath('/arkiv', '/arkiv')).toBe('.');
    expect(shownPath('/arkiv/arenden', '/arkiv/annat/iop.yaml')).toBe('/arkiv/annat/iop.yaml');
  });

  it('is what check prints for a file outside the working folder', () => {
    const d: Diagnostic = { ruleId: 'parter/sektorer', severity: 'error', message: 'Fel.', file: '/tmp/trial_x/iop.yaml', line: 3, column: 1, endLine: 3, endColumn: 2 };
    expect(formatText([d], { cwd: '/arkiv', color: false, arenden: 1 })).toMatch(/^\/tmp\/trial_x\/iop\.yaml:3:1 {2}fel/);
  });
});

describe('shellArgument', () => {
  it('leaves a plain path alone and quotes one the shell would split or read', () => {
    expect(shellArgument('arenden/laxhjalp-2025')).toBe('arenden/laxhjalp-2025');
    expect(shellArgument('arenden/Läxhjälp')).toBe('arenden/Läxhjälp');
    expect(shellArgument('arenden/Läxhjälp 2025')).toBe('"arenden/Läxhjälp 2025"');
    expect(shellArgument('arenden/Kostnad $100')).toBe("'arenden/Kostnad $100'");
    expect(shellArgument("arenden/Barn's $")).toBe(`'arenden/Barn'\\''s $'`);
  });

  it('makes the command that checks an ärende', () => {
    expect(checkCommand('/arkiv', '/arkiv/arenden/Läxhjälp 2025')).toBe('npx iop check "arenden/Läxhjälp 2025"');
  });
});
