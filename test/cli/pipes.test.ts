// Output into a pipe whose reader has gone (`iop check --help | head -1`): every command ends
// quietly with its own exit code, never with Node's "Error: write EPIPE" and a stack trace. The
// child is spawned with its stdout (or stderr) already closed at the other end, so the very first
// write fails, every time.
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { BIN, ROOT } from '../helpers/cli.js';

interface Ended {
  code: number | null;
  stderr: string;
}

/** Runs the CLI with stdout closed by the reader before the child writes anything. */
function runWithClosedStdout(args: string[]): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

/** Runs the CLI with stderr closed by the reader (`iop … 2>&1 | head -1` loses it the same way). */
function runWithClosedStderr(args: string[]): Promise<Ended> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.destroy();
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr: '' })));
}

/** Every command and subcommand as the words a user types: ['check'], ['kpi', 'update'], … */
function commandWords(command: Command = buildProgram(), prefix: string[] = []): string[][] {
  return command.commands.flatMap((sub) => [[...prefix, sub.name()], ...commandWords(sub, [...prefix, sub.name()])]);
}

const STACK = /EPIPE|Error:|\n\s+at /;

describe('output into a closed pipe', () => {
  const helpRuns = [['--help'], [], ['help'], ...commandWords().flatMap((words) => [[...words, '--help'], ['help', ...words]])];

  it('lists every command, so a new one is covered without editing this test', () => {
    expect(commandWords().map((words) => words.join(' '))).toEqual(expect.arrayContaining(['check', 'build', 'preview', 'init', 'kpi update', 'deadlines']));
  });

  it.each(helpRuns.map((args) => [args.join(' ') || '(inga argument)', args]))('iop %s: exit 0, no stack trace', async (_name, args) => {
    const { code, stderr } = await runWithClosedStdout(args as string[]);
    expect(stderr).not.toMatch(STACK);
    expect(code).toBe(0);
  });

  it('a command with long output keeps its own exit code: iop check with errors still exits 1', async () => {
    const ok = await runWithClosedStdout(['rules', '--format', 'markdown']);
    expect(ok.stderr).not.toMatch(STACK);
    expect(ok.code).toBe(0);
    const problems = await runWithClosedStdout(['check', 'test/fixtures/navet-original', '--format', 'json']);
    expect(problems.stderr).not.toMatch(STACK);
    expect(problems.code).toBe(1);
  });

  it('a closed stderr does not turn a failure into a crash: exit 2 stays exit 2', async () => {
    expect((await runWithClosedStderr(['check', 'finns-inte'])).code).toBe(2);
    expect((await runWithClosedStderr(['--help'])).code).toBe(0);
  });
});
