import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview } from '../../src/preview/server.js';
import { copyExample, tempDir } from '../helpers/cli.js';

async function waitFor(check: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('iop preview and the repository\'s own templates', () => {
  it('shows a change to the stylesheet named in iop.config.yaml without a restart', async () => {
    const tmp = tempDir('iop-preview-css-');
    try {
      const repo = join(tmp.dir, 'arkiv');
      mkdirSync(join(repo, 'mallar'), { recursive: true });
      // A repository: iop.config.yaml is looked for no further up than its root.
      mkdirSync(join(repo, '.git'));
      const css = join(repo, 'mallar', 'utskrift.css');
      writeFileSync(css, 'h1 { color: #123456; }\n');
      writeFileSync(join(repo, 'iop.config.yaml'), 'stilmall: mallar/utskrift.css\n');
      const dir = copyExample('examples/navet', repo);
      const preview = await startPreview(dir, { port: 0 });
      try {
        const html = () => preview.state().documents.map((d) => d.html).join('\n');
        expect(html()).toContain('#123456');
        writeFileSync(css, 'h1 { color: #abcdef; }\n');
        await waitFor(() => html().includes('#abcdef'));
        expect(html()).not.toContain('#123456');
      } finally {
        await preview.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
