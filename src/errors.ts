// Errors that stop a command (exit 2): the CLI prints the message as one Swedish line.
export class IopError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'IopError';
    this.exitCode = exitCode;
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
export const EXIT_INTERRUPTED = 130;
