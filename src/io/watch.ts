// Watches an ärende's sources (iop.yaml, iop.config.yaml, *.md) by folder: one non-recursive
// fs.watch per folder, filtered to source files and debounced so one save gives one callback.
//
// Why by folder: many editors (and `sed -i`) save by writing a temporary file and renaming it over
// the old one. A watch on the file, or Node 20's recursive watch on Linux (which watches each file
// it finds), follows the old file, which is gone after the first such save: every later save went
// unseen. A folder's watch sees each rename into it, whatever the editor does.
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

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

/** `dir` and every folder under it that may hold sources (not dist/, node_modules/ or hidden ones). */
function foldersUnder(dir: string): string[] {
  const found = [dir];
  for (let i = 0; i < found.length; i++) {
    let entries;
    try {
      entries = readdirSync(found[i]!, { withFileTypes: true });
    } catch {
      continue; // removed meanwhile, or not readable: nothing to watch there
    }
    for (const entry of entries) if (entry.isDirectory() && !SKIPPED_DIR.test(entry.name)) found.push(join(found[i]!, entry.name));
  }
  return found;
}

type Accept = (name: string) => boolean;

interface FolderWatch {
  watcher: FSWatcher;
  /** Which names in the folder count as sources; several callers may watch one folder. */
  accepts: Accept[];
}

/** Calls `onChange` once per burst of changes to source files under `dirs` (or to `files`). */
export function watchSources(dirs: string[], onChange: () => void, options: WatchOptions = {}): SourceWatcher {
  const debounceMs = options.debounceMs ?? 150;
  const folders = new Map<string, FolderWatch>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };
  const forget = (folder: string): void => {
    folders.get(folder)?.watcher.close();
    folders.delete(folder);
  };
  const add = (folder: string, accept: Accept, onRename?: () => void): void => {
    const known = folders.get(folder);
    if (known) {
      known.accepts.push(accept);
      return;
    }
    const accepts = [accept];
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        if (event === 'rename') onRename?.();
        // No name means the platform could not tell which file changed: assume a source did.
        if (name === null || accepts.some((test) => test(name.toString()))) changed();
      });
    } catch (error) {
      // A folder that vanished between listing and watching has nothing to watch.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    watcher.on('error', (error) => {
      // A watched folder that is removed ends its watch; anything else is worth saying.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOENT') options.onError?.(error);
      forget(folder);
    });
    folders.set(folder, { watcher, accepts });
  };

  // Every folder of each ärende, listed again whenever names change in one of them, so that a new
  // bilagor/ (or one renamed into place) is watched too and a removed one is let go.
  const roots = [...new Set(dirs)];
  const scan = (root: string): void => {
    if (closed) return;
    const current = new Set(foldersUnder(root));
    for (const folder of [...folders.keys()]) {
      if (folder !== root && folder.startsWith(root + sep) && !current.has(folder)) forget(folder);
    }
    for (const folder of current) {
      if (!folders.has(folder)) add(folder, (name) => isSourcePath(relative(root, join(folder, name))), () => scan(root));
    }
  };
  for (const root of roots) scan(root);
  for (const file of new Set(options.files ?? [])) add(dirname(file), (name) => name === basename(file));
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const { watcher } of folders.values()) watcher.close();
      folders.clear();
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
