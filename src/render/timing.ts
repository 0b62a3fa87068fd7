// For troubleshooting speed: IOP_DEBUG_TIMING=1 writes when each step of a build happens, in
// milliseconds since the process started, to stderr.
const enabled = process.env['IOP_DEBUG_TIMING'] === '1';

export function mark(step: string): void {
  if (enabled) process.stderr.write(`iop-tid: ${performance.now().toFixed(0).padStart(6)} ms ${step}\n`);
}
