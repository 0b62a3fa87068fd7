// How a path is shown to the person at the terminal: relative to the working folder when it lies
// inside it ("arenden/laxhjalp/iop.yaml"), absolute when it does not (never "../../trial/iop.yaml");
// and, in a command to copy, quoted when the shell would split or read it.
import { isAbsolute, relative } from 'node:path';

export function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** A path as one argument of a command line, in bash, zsh, PowerShell and cmd alike where it can be. */
export function shellArgument(path: string): string {
  if (/^[\p{L}\d_./:\\@+=,-]+$/u.test(path)) return path;
  // Double quotes work in every shell as long as nothing in them is special to POSIX shells.
  if (!/["$`\\!]/.test(path)) return `"${path}"`;
  return `'${path.replaceAll("'", `'\\''`)}'`;
}

/** The command that checks an ärende, ready to copy. */
export function checkCommand(cwd: string, dir: string): string {
  return `npx iop check ${shellArgument(shownPath(cwd, dir))}`;
}
