// iop's own running header and footer, printed as CSS page-margin boxes (running-head.ts) instead
// of Chromium's header and footer templates: the same words, on every page the right page number,
// in the same places; only for iop's own partials, never on a draft, never in an older browser.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Page } from 'puppeteer-core';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { launchBrowser, openDocumentPage, resolveBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { avtalDocument, tjansteutlatandeDocument, type DocumentInput, type RenderedDocument } from '../../src/render/document.js';
import { fingerprint } from '../../src/render/fingerprint.js';
import { printWithToc } from '../../src/render/pdf.js';
import { inlineReader } from '../../src/render/print-reader.js';
import { cssString, marginBoxCss, printsMarginBoxes, runningHead } from '../../src/render/running-head.js';
import { loadTemplates, type TemplateSet } from '../../src/render/templates.js';
import { ROOT, tempDir } from '../helpers/cli.js';

describe('runningHead: what the bundled sidhuvud.hbs and sidfot.hbs print', () => {
  const values = { titel: 'Läxhjälp i Kvarnby', diarienummer: 'KS-2025-0117', förvaltning: 'Kulturförvaltningen', nämnd: 'Kulturnämnden', fingeravtryck: '0123456789ab' };

  it('the agreement: title, Dnr, fingerprint, "Sida x av y"', () => {
    expect(runningHead('avtal', values)).toEqual({
      topLeft: ['Läxhjälp i Kvarnby'],
      topRight: ['Dnr KS-2025-0117'],
      bottomLeft: ['Fingeravtryck 0123456789ab'],
      bottomRight: ['Sida ', { counter: 'page' }, ' av ', { counter: 'pages' }],
    });
  });

  it('the tjänsteutlåtande: förvaltning · Tjänsteutlåtande · Dnr, "x (y)", the nämnd', () => {
    const head = runningHead('tjansteutlatande', values);
    expect(head.topLeft).toEqual(['Kulturförvaltningen · Tjänsteutlåtande · Dnr KS-2025-0117']);
    expect(head.topRight).toEqual([{ counter: 'page' }, ' (', { counter: 'pages' }, ')']);
    expect(head.bottomRight).toEqual(['Kulturnämnden']);
  });

  it('leaves out what the ärende does not state, label and all', () => {
    const bare = { titel: 'Läxhjälp', fingeravtryck: '0123456789ab' };
    expect(runningHead('avtal', bare).topRight).toEqual([]);
    expect(runningHead('tjansteutlatande', bare).topLeft).toEqual(['Tjänsteutlåtande']);
    expect(runningHead('tjansteutlatande', bare).bottomRight).toEqual([]);
    expect(marginBoxCss(runningHead('avtal', bare))).not.toContain('@top-right');
  });
});

describe('marginBoxCss', () => {
  it('escapes what could end the string, the rule or the style element', () => {
    expect(cssString('Avtal "IOP" \\ </style><script>')).toBe('"Avtal \\22 IOP\\22  \\5C  \\3C /style\\3E \\3C script\\3E "');
    expect(cssString('rad 1\nrad 2')).toBe('"rad 1\\A rad 2"');
    const css = marginBoxCss(runningHead('avtal', { titel: '} @page { x', fingeravtryck: 'f' }));
    expect(css.match(/\{/g)).toHaveLength(css.match(/\}/g)!.length);
    expect(css).toContain('content: "} @page { x";');
  });

  it('counts pages with counter(page) and counter(pages)', () => {
    expect(marginBoxCss(runningHead('avtal', { titel: 'T', fingeravtryck: 'f' }))).toContain('content: "Sida " counter(page) " av " counter(pages);');
  });
});

describe('printsMarginBoxes', () => {
  it('from Chromium 131 on, in Chrome, Chromium and Edge', () => {
    expect(printsMarginBoxes('HeadlessChrome/147.0.7727.0')).toBe(true);
    expect(printsMarginBoxes('Chrome/131.0.6778.85')).toBe(true);
    expect(printsMarginBoxes('Edg/133.0.3065.69')).toBe(true);
    expect(printsMarginBoxes('HeadlessChrome/130.0.6723.58')).toBe(false);
    expect(printsMarginBoxes('Chrome/99.0.4844.51')).toBe(false);
    expect(printsMarginBoxes('Firefox/128.0')).toBe(false);
  });
});

const FIXTURE = join(ROOT, 'test', 'fixtures', 'render-minimal');

function input(options: { utkast?: boolean; titel?: string; templates?: (set: TemplateSet) => TemplateSet } = {}): DocumentInput {
  const [checked] = check([FIXTURE]).arenden;
  if (!checked?.valid) throw new Error('render-minimal ska följa schemat');
  const valid = checked.arende as ValidArende;
  const arende: ValidArende = options.titel ? { ...valid, data: { ...valid.data, ärende: { ...valid.data.ärende, titel: options.titel } } } : valid;
  const loaded = loadTemplates(arende.config);
  const templates = options.templates ? options.templates(loaded) : loaded;
  return { arende, templates, fingerprint: fingerprint(arende, templates), utkast: options.utkast ?? false };
}

describe('which documents print their running head in the page margins', () => {
  it('a final document with iop’s own partials', () => {
    expect(avtalDocument(input()).marginCss).toContain('@top-left');
    expect(tjansteutlatandeDocument(input()).marginCss).toContain('Tjänsteutlåtande');
  });

  it('not a draft, whose UTKAST is red', () => {
    expect(avtalDocument(input({ utkast: true })).marginCss).toBeUndefined();
  });

  it('not a repository’s own header or footer', () => {
    const own = (name: string) => (set: TemplateSet): TemplateSet => ({ ...set, partials: { ...set.partials, [name]: '<div>Eget sidhuvud</div>' } });
    expect(avtalDocument(input({ templates: own('sidhuvud') })).marginCss).toBeUndefined();
    expect(avtalDocument(input({ templates: own('sidfot') })).marginCss).toBeUndefined();
  });
});

/** Text within 60 pt of the page's top or bottom edge: the running head. */
interface Placed {
  str: string;
  x: number;
  end: number;
  y: number;
}

async function runningText(pdf: Uint8Array): Promise<Placed[][]> {
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const pages: Placed[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const height = page.view[3]!;
    const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
    pages.push(
      items
        .map((item) => ({ str: item.str, x: item.transform[4] as number, end: (item.transform[4] as number) + item.width, y: item.transform[5] as number }))
        .filter((item) => item.y > height - 60 || item.y < 60)
        .sort((a, b) => b.y - a.y || a.x - b.x),
    );
  }
  await doc.destroy();
  return pages;
}

describe('printed in Chromium, in the margins and from the templates alike', () => {
  let launched: LaunchedBrowser;
  let page: Page;
  const out = tempDir('iop-sidhuvud-');

  beforeAll(async () => {
    launched = await launchBrowser(await resolveBrowser());
    page = await openDocumentPage(launched.browser);
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
    out.cleanup();
  });

  async function print(make: (pages: Array<number | undefined>) => RenderedDocument, name: string): Promise<Placed[][]> {
    const printed = await printWithToc((work) => work(page), make, {
      reader: inlineReader(),
      finish: (doc) => ({
        manifest: { format: 1, iop: '0', dokument: doc.kind, ärende: 'x', utkast: false, fingeravtryck: 'f', sänkta_regler: [], indata: {} },
        metadata: { title: doc.title, subject: doc.subject, keywords: [], date: new Date('2025-01-01T00:00:00Z'), id: '0', producer: 'iop' },
      }),
    });
    writeFileSync(join(out.dir, `${name}.pdf`), printed.pdf);
    return runningText(printed.pdf);
  }

  const withoutMargins = (doc: RenderedDocument): RenderedDocument => ({ ...doc, marginCss: undefined, html: doc.html });

  for (const kind of ['avtal', 'tjansteutlatande'] as const) {
    it(`${kind}: the same words in the same places on every page`, async () => {
      const make = (pages: Array<number | undefined>): RenderedDocument => {
        const made = input();
        return kind === 'avtal' ? avtalDocument(made, pages) : tjansteutlatandeDocument(made);
      };
      const inMargins = await print(make, `${kind}-marginal`);
      const fromTemplates = await print((pages) => withoutMargins(make(pages)), `${kind}-mall`);
      expect(inMargins.length).toBeGreaterThan(kind === 'avtal' ? 1 : 0);
      expect(inMargins.length).toBe(fromTemplates.length);
      inMargins.forEach((pageItems, i) => {
        const number = String(i + 1);
        const total = String(inMargins.length);
        const words = pageItems.map((item) => item.str.trim());
        expect(words).toEqual(fromTemplates[i]!.map((item) => item.str.trim()));
        expect(words).toContain(kind === 'avtal' ? `Sida ${number} av ${total}` : `${number} (${total})`);
        pageItems.forEach((item, j) => {
          const other = fromTemplates[i]![j]!;
          expect(Math.abs(item.y - other.y), `${item.str}: baseline`).toBeLessThan(0.5);
          // Left-set text begins, right-set text ends, where the template puts it.
          const leftSet = item.x < 200;
          expect(Math.abs(leftSet ? item.x - other.x : item.end - other.end), `${item.str}: ${leftSet ? 'start' : 'end'}`).toBeLessThan(1);
        });
      });
    }, 60_000);
  }

  it('a title too long for one line is printed whole, on two lines, beside the Dnr', async () => {
    const titel = 'Överenskommelse om idéburet offentligt partnerskap mellan Kulturnämnden och Föreningen Läxhjälpen i Kvarnby om läxhjälp och studiestöd för barn och unga';
    const pages = await print((tocPages) => avtalDocument(input({ titel }), tocPages), 'lang-titel');
    const top = pages[0]!.filter((item) => item.y > 780);
    const dnr = top.find((item) => item.str.startsWith('Dnr'))!;
    const title = top.filter((item) => item !== dnr);
    expect(title.map((item) => item.str.trim()).join(' ')).toBe(titel);
    expect(new Set(title.map((item) => Math.round(item.y))).size).toBe(2);
    for (const line of title) expect(line.end).toBeLessThan(dnr.x - 10);
  }, 60_000);
});
