// `iop build --watch`: calls back (debounced, never overlapping) when a source file changes.
import { watch } from 'node:fs';

const SOURCE = /(^|[\\/])(iop\.yaml|iop\.config\.yaml|[^\\/]+\.md)$/;

/** Runs until the process is interrupted. */
export function watchSources(dirs: string[], onChange: () => Promise<void>): Promise<never> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = (file: string | null): void => {
    if (file !== null && !SOURCE.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(onChange).catch((error: unknown) => {
        process.stderr.write(`iop: ${error instanceof Error ? error.message : String(error)}\n`);
      });
    }, 300);
  };
  for (const dir of new Set(dirs)) watch(dir, { recursive: true }, (_event, file) => schedule(file));
  return new Promise<never>(() => undefined);
}
