// The browser lookup, including the last fallback (@sparticuz/chromium) with the system browser hidden.
import { describe, expect, it } from 'vitest';
import { IopError } from '../../src/errors.js';
import { launchBrowser, openDocumentPage, resolveBrowser } from '../../src/render/browser.js';

describe('resolveBrowser', () => {
  it('prefers --browser, then IOP_BROWSER, and refuses a path that does not exist', async () => {
    await expect(resolveBrowser('/saknas/chromium', {})).rejects.toThrow(IopError);
    await expect(resolveBrowser(undefined, { IOP_BROWSER: '/saknas/chromium' })).rejects.toThrow(/IOP_BROWSER/);
  });

  it('falls back to @sparticuz/chromium, which launches headless and prints a PDF', async () => {
    const choice = await resolveBrowser(undefined, { IOP_BROWSER_SKIP_SYSTEM: '1' });
    expect(choice.source).toBe('@sparticuz/chromium');
    expect(choice.headless).toBe('shell');
    // The package's own list of flags turns web security off; a document printer keeps it on.
    expect(choice.args).not.toContain('--disable-web-security');
    expect(choice.args).not.toContain('--allow-running-insecure-content');
    const launched = await launchBrowser(choice);
    try {
      const page = await openDocumentPage(launched.browser);
      await page.setContent('<html lang="sv"><body><p>Hej</p><img src="https://example.com/x.png"></body></html>');
      const pdf = await page.pdf({ format: 'A4' });
      expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await launched.close();
    }
    expect(launched.browser.process()?.exitCode ?? launched.browser.process()?.signalCode).not.toBeNull();
  });
});

describe('builds in a browser the caller keeps open (as iop build --watch does)', () => {
  it('leave no tabs of their own behind, however many builds there are', async () => {
    const { build } = await import('../../src/build/build.js');
    const { ROOT, tempDir } = await import('../helpers/cli.js');
    const { join } = await import('node:path');
    const out = tempDir('iop-tabs-');
    const launched = await launchBrowser(await resolveBrowser());
    try {
      const before = (await launched.browser.pages()).length;
      for (let i = 0; i < 3; i++) {
        const result = await build([join(ROOT, 'examples', 'frivilligcentral')], { out: out.dir, cwd: ROOT, browser: launched.browser });
        expect(result.ok).toBe(true);
      }
      expect((await launched.browser.pages()).length).toBe(before);
    } finally {
      await launched.close();
      out.cleanup();
    }
  });
});
