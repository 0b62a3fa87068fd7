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
    // Defaults and choices as a person writes them: (standard: mappen du står i), not ["."] or "text".
    expect(result.stdout.replace(/\s+/g, ' ')).not.toMatch(/\((?:[^()]*; )?standard: [\["]|\((?:[^()]*)"\w+", "/);
  });
});

describe('iop without a command, and help for one that does not exist', () => {
  it('iop alone shows the help on stdout and exits 0, as iop --help', () => {
    const result = runCli([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(runCli(['--help']).stdout);
    expect(result.stdout).toMatch(/^Användning: iop/);
  });

  it('iop help <kommando> [underkommando] shows that command’s help', () => {
    expect(runCli(['help', 'check']).stdout).toMatch(/^Användning: iop check /);
    expect(runCli(['help', 'kpi', 'update']).stdout).toMatch(/^Användning: iop kpi update /);
  });

  it('iop help nonexist says the command does not exist, lists the commands and exits 2', () => {
    const result = runCli(['help', 'nonexist']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("iop: okänt kommando 'nonexist'. Kommandona är check, rules, schema, build, preview, init, kpi, extend, deadlines och verify; se 'iop --help'.\n");
  });

  it('a misspelt command gets the nearest one, with help or without', () => {
    for (const args of [['chek', '.'], ['help', 'chek']]) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^iop: okänt kommando 'chek'\. Menade du 'iop check'\?/);
    }
    expect(runCli(['help', 'kpi', 'uppdatera']).stderr).toBe("iop: okänt kommando 'uppdatera'. Menade du 'iop kpi update'? Kommandona i 'iop kpi' är set och update; se 'iop kpi --help'.\n");
  });
});

describe('defaults and values in the help and in the messages', () => {
  it('shows the paths a command takes by default, and where build writes, in words', () => {
    const help = runCli(['build', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(standard: mappen du står i)');
    expect(help).toContain('(standard: dist/ i arkivets rot, mappen med iop.config.yaml eller .git)');
    expect(runCli(['check', '--help']).stdout.replace(/\s+/g, ' ')).toContain('utdataformat (text, json, sarif eller github; standard: text)');
  });

  it('says a wrong value, a missing value and a missing argument the Swedish way, with where to read more', () => {
    expect(runCli(['deadlines', '--format', 'ics']).stderr).toBe("iop: 'ics' är inget giltigt värde för --format. Tillåtna värden: text, json.\n");
    expect(runCli(['build', '--out']).stderr).toBe("iop: --out behöver ett värde (mapp). Se 'iop build --help'.\n");
    expect(runCli(['preview']).stderr).toBe("iop: argumentet 'ärende' saknas. Se 'iop preview --help'.\n");
    expect(runCli(['kpi', 'update', '--urll', 'x']).stderr).toBe("iop: okänd flagga '--urll'. Menade du '--url'? Se 'iop kpi update --help'.\n");
  });
});

