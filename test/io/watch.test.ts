// The source watcher under the saves editors really make: writing in place, and writing a
// temporary file that is renamed over the old one (as `sed -i` and many editors do). Before the
// watcher watched by folder, the second of those renames went unseen on Linux.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { watchSources, type SourceWatcher } from '../../src/io/watch.js';
import { tempDir } from '../helpers/cli.js';

const DEBOUNCE = 50;

/** Saves like an editor that writes a temporary file and renames it over the original. */
function saveByRename(file: string, text: string): void {
  const temporary = join(file, '..', `.${Date.now()}.swp`);
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

describe('watchSources', () => {
  const tmp = tempDir('iop-watch-');
  let watcher: SourceWatcher | undefined;
  let calls = 0;
  afterEach(() => {
    watcher?.close();
    calls = 0;
  });
  afterAll(() => tmp.cleanup());

  async function settled(): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE * 6));
    return calls;
  }

  function arende(name: string): string {
    const dir = join(tmp.dir, name);
    mkdirSync(join(dir, 'bilagor'), { recursive: true });
    writeFileSync(join(dir, 'iop.yaml'), 'ärende: {}\n');
    writeFileSync(join(dir, 'avtal.md'), '## Bakgrund\n');
    writeFileSync(join(dir, 'bilagor', '1-plan.md'), '## Plan\n');
    return dir;
  }

  it('sees every one of three saves that rename a new file over iop.yaml', async () => {
    const dir = arende('rename-over');
    watcher = watchSources([dir], () => calls++, { debounceMs: DEBOUNCE });
    for (let save = 1; save <= 3; save++) {
      saveByRename(join(dir, 'iop.yaml'), `ärende: { titel: version ${save} }\n`);
      expect(await settled()).toBe(save);
    }
  });

  it('sees rename-over saves in bilagor/ and plain writes alike', async () => {
    const dir = arende('bilagor');
    watcher = watchSources([dir], () => calls++, { debounceMs: DEBOUNCE });
    saveByRename(join(dir, 'bilagor', '1-plan.md'), '## Plan 1\n');
    expect(await settled()).toBe(1);
    saveByRename(join(dir, 'bilagor', '1-plan.md'), '## Plan 2\n');
    expect(await settled()).toBe(2);
    writeFileSync(join(dir, 'avtal.md'), '## Bakgrund och syfte\n');
    expect(await settled()).toBe(3);
  });

  it('watches a folder made after it started, and ignores what is not a source', async () => {
    const dir = join(tmp.dir, 'ny');
    mkdirSync(dir);
    writeFileSync(join(dir, 'iop.yaml'), 'ärende: {}\n');
    watcher = watchSources([dir], () => calls++, { debounceMs: DEBOUNCE });
    mkdirSync(join(dir, 'bilagor'));
    await settled();
    const before = calls;
    writeFileSync(join(dir, 'bilagor', '1-plan.md'), '## Plan\n');
    expect(await settled()).toBe(before + 1);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'avtal.md'), 'byggd\n');
    writeFileSync(join(dir, 'anteckning.txt'), 'inte en källa\n');
    expect(await settled()).toBe(before + 1);
  });

  it('sees rename-over saves of a single file outside the folders (a config further up)', async () => {
    const dir = arende('config');
    const config = join(tmp.dir, 'iop.config.yaml');
    writeFileSync(config, 'regler: {}\n');
    watcher = watchSources([dir], () => calls++, { debounceMs: DEBOUNCE, files: [config] });
    for (let save = 1; save <= 3; save++) {
      saveByRename(config, `påminnelse_dagar: ${save}\n`);
      expect(await settled()).toBe(save);
    }
  });
});
