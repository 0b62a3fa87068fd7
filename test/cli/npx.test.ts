// `npx iop` in the checkout, as the README's first command runs it. npx finds the checkout's own
// `iop` command and links the checkout into its cache to run it, which makes npm run `prepare`
// there: this must run this project's iop (never the unrelated npm package also called iop) and
// must not build the project a second time.
import { spawnSync } from 'node:child_process';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/paths.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const cache = tempDir('iop-npm-cache-');
afterAll(cache.cleanup);

describe.skipIf(process.platform === 'win32')('npx iop in the checkout', () => {
  it('runs this checkout’s iop from a fresh npx cache, fetching nothing and building nothing', () => {
    const built = statSync(join(ROOT, 'lib', 'cli.js')).mtimeMs;
    const result = spawnSync('npx', ['iop', '--version'], {
      cwd: ROOT,
      // A registry that does not answer, and no network: fetching any package would fail.
      env: { ...process.env, npm_config_cache: cache.dir, npm_config_registry: 'http://127.0.0.1:9/', npm_config_offline: 'true' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(packageVersion());
    const [entry] = readdirSync(join(cache.dir, '_npx'));
    const linked = readdirSync(join(cache.dir, '_npx', entry!, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(linked).toHaveLength(1);
    expect(realpathSync(join(cache.dir, '_npx', entry!, 'node_modules', linked[0]!))).toBe(realpathSync(ROOT));
    // `prepare` saw lib/ built from these sources and left it as it was.
    expect(statSync(join(ROOT, 'lib', 'cli.js')).mtimeMs).toBe(built);
  }, 120_000);
});
