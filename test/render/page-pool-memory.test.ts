// A batch's pages keep the documents they printed until their garbage is collected, and a
// collection costs a renderer some 30 ms however little it frees: a page is collected, before it is
// used again, only once its heap has grown past PAGE_HEAP_LIMIT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heapBytes, launchBrowser, PAGE_HEAP_LIMIT, PagePool, resolveBrowser, type Browser, type LaunchedBrowser, type Page } from '../../src/render/browser.js';
import { setDocument } from '../../src/render/page-content.js';
import { textFontFaceCss } from '../../src/render/fonts.js';

describe('heapBytes', () => {
  it("adds V8's heap and the DOM's", () => {
    expect(heapBytes({ usedSize: 3, embedderHeapUsedSize: 4 })).toBe(7);
  });

  it('is unbounded when the browser does not say how large its DOM is, so the page is collected after every document', () => {
    expect(heapBytes({ usedSize: 3 })).toBe(Infinity);
    expect(heapBytes({ usedSize: 3 }) > PAGE_HEAP_LIMIT).toBe(true);
  });
});

/** A stand-in browser whose pages' sessions answer Runtime.getHeapUsage with `usage` (or fail), and record what they are sent. */
function standInBrowser(usage: () => Promise<{ usedSize: number; embedderHeapUsedSize?: number }>): { browser: Browser; sent: string[] } {
  const sent: string[] = [];
  const session = {
    send: async (method: string) => {
      sent.push(method);
      return method === 'Runtime.getHeapUsage' ? usage() : {};
    },
  };
  const page = {
    setJavaScriptEnabled: async () => undefined,
    setRequestInterception: async () => undefined,
    emulateMediaType: async () => undefined,
    on: () => page,
    createCDPSession: async () => session,
    close: async () => undefined,
  };
  const browser = { connected: true, newPage: async () => page };
  return { browser: browser as unknown as Browser, sent };
}

async function useThreeTimes(browser: Browser): Promise<void> {
  const pool = new PagePool(browser, 1);
  for (let n = 0; n < 3; n++) await pool.use(async () => undefined);
  // The collection is asked for without waiting; let it be sent.
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('which pages a pool collects, before it uses them again', () => {
  it('one whose heap is past the limit', async () => {
    const { browser, sent } = standInBrowser(async () => ({ usedSize: 1, embedderHeapUsedSize: PAGE_HEAP_LIMIT }));
    await useThreeTimes(browser);
    expect(sent.filter((m) => m === 'HeapProfiler.collectGarbage')).toHaveLength(2);
  });

  it('not one whose heap is below it', async () => {
    const { browser, sent } = standInBrowser(async () => ({ usedSize: 1, embedderHeapUsedSize: PAGE_HEAP_LIMIT - 2 }));
    await useThreeTimes(browser);
    expect(sent).toEqual(['Runtime.getHeapUsage', 'Runtime.getHeapUsage']);
  });

  it('every time, in a browser that cannot say how large its heap is', async () => {
    const { browser, sent } = standInBrowser(() => Promise.reject(new Error("'Runtime.getHeapUsage' wasn't found")));
    await useThreeTimes(browser);
    expect(sent.filter((m) => m === 'HeapProfiler.collectGarbage')).toHaveLength(2);
  });
});

/**
 * A document of `paragraphs` paragraphs, with the text's fonts as iop writes them, so that it is
 * set into the page's shell as iop's documents are (page-content.ts); `n` makes each one new.
 */
function html(n: number, paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>Dokument ${n}, stycke ${i}: <b>Parterna</b> åtar sig att <i>samverka</i>.</p>`).join('');
  return `<!DOCTYPE html><html lang="sv"><head><style>${textFontFaceCss()}</style><title>${n}</title></head><body>${body}</body></html>`;
}

describe('a page pool and its pages’ memory', () => {
  let launched: LaunchedBrowser;
  beforeAll(async () => {
    launched = await launchBrowser(await resolveBrowser());
  });
  afterAll(async () => {
    await launched?.close();
  });

  async function probeOf(pool: PagePool): Promise<{ documents: () => Promise<number>; heap: () => Promise<number> }> {
    const page = await pool.use(async (p: Page) => p);
    const session = await page.createCDPSession();
    return {
      documents: async () => (await session.send('Memory.getDOMCounters')).documents,
      heap: async () => heapBytes(await session.send('Runtime.getHeapUsage')),
    };
  }

  it('leaves a page with little in its heap uncollected: the documents it replaced are still there', async () => {
    const pool = new PagePool(launched.browser, 1);
    const probe = await probeOf(pool);
    for (let n = 0; n < 6; n++) await pool.use((page) => setDocument(page, html(n, 20), 10_000));
    expect(await probe.heap()).toBeLessThan(PAGE_HEAP_LIMIT);
    // Each document set makes a new one; none of the replaced ones has been collected.
    expect(await probe.documents()).toBeGreaterThanOrEqual(6);
    await pool.close();
  });

  it('collects a page whose heap has grown past the limit, so that it stays near it however many documents it prints', async () => {
    const pool = new PagePool(launched.browser, 1);
    const probe = await probeOf(pool);
    let largest = 0;
    let collected = false;
    for (let n = 0; n < 16; n++) {
      const before = await probe.documents();
      await pool.use((page) => setDocument(page, html(n, 1_500), 30_000));
      if ((await probe.documents()) < before) collected = true;
      largest = Math.max(largest, await probe.heap());
    }
    expect(collected).toBe(true);
    expect(largest).toBeLessThan(PAGE_HEAP_LIMIT * 2);
    await pool.close();
  }, 60_000);
});
