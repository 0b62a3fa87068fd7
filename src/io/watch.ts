// Watches an ärende's sources (iop.yaml, iop.config.yaml, *.md): fs.watch, recursive where the
// platform supports it, filtered to source files and debounced so one save gives one callback.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SOURCE_NAME = /^(iop\.yaml|iop\.config\.yaml|[^/\\]+\.md)$/;
const SKIPPED_DIR = /^(\.|node_modules$|dist$)/;

/** True for a path (relative to a watched folder) that the documents are made from. */
export function isSourcePath(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts.pop() ?? '';
  return SOURCE_NAME.test(name) && !name.startsWith('.') && !parts.some((part) => SKIPPED_DIR.test(part));
}

export interface WatchOptions {
  /** Quiet time after the last event before calling back. */
  debounceMs?: number;
  /** Single files outside the folders to watch too, e.g. an iop.config.yaml further up. */
  files?: string[];
  onError?: (error: Error) => void;
}

export interface SourceWatcher {
  close(): void;
}

/** Calls `onChange` once per burst of changes to source files under `dirs` (or to `files`). */
export function watchSources(dirs: string[], onChange: () => void, options: WatchOptions = {}): SourceWatcher {
  const debounceMs = options.debounceMs ?? 150;
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };
  const add = (dir: string, recursive: boolean, accept: (file: string) => boolean): void => {
    const watcher = watch(dir, { recursive }, (_event, file) => {
      // No name means the platform could not tell which file changed: assume a source did.
      if (file === null || accept(file.toString())) changed();
    });
    watcher.on('error', (error) => options.onError?.(error));
    watchers.push(watcher);
  };

  for (const dir of new Set(dirs)) {
    try {
      add(dir, true, isSourcePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
      // Without recursive watching: the folder itself and bilagor/ are where sources live.
      add(dir, false, isSourcePath);
      try {
        add(join(dir, 'bilagor'), false, isSourcePath);
      } catch {
        // no bilagor folder
      }
    }
  }
  for (const file of new Set(options.files ?? [])) {
    if (dirs.includes(dirname(file))) continue;
    add(dirname(file), false, (name) => name === basename(file));
  }
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

export interface SerialRunner {
  /** Asks for a run: starts one now, or one more after the current run if one is going. */
  request(): void;
  /** Resolves when no run is going or waiting. */
  idle(): Promise<void>;
}

/**
 * Runs `task` on request, never two at once; any number of requests during a run give one more
 * run after it. A run that throws is reported to `onError` and does not stop later runs.
 */
export function serialRunner(task: () => Promise<void>, onError: (error: unknown) => void): SerialRunner {
  let pending = false;
  let running: Promise<void> | undefined;
  const loop = async (): Promise<void> => {
    while (pending) {
      pending = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    }
    running = undefined;
  };
  return {
    request() {
      pending = true;
      running ??= loop();
    },
    idle() {
      return running ?? Promise.resolve();
    },
  };
}
