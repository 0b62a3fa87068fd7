import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const COMMANDS = ['check', 'rules', 'schema', 'build', 'init', 'kpi', 'extend', 'deadlines', 'preview'];
const ENGLISH = /Usage:|Options:|Commands:|Arguments:|default:|choices:|display help|output the version/;

describe('help', () => {
  it('iop --help is Swedish and lists every command', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Användning: iop/);
    expect(result.stdout).not.toMatch(ENGLISH);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command} `);
  });

  it.each(COMMANDS)('iop %s --help is Swedish and gives an example', (command) => {
    const result = runCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Användning: iop /);
    expect(result.stdout).not.toMatch(ENGLISH);
    expect(result.stdout).toMatch(/Exempel:\n\s+iop /);
  });
});
