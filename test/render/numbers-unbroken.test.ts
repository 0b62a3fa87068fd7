// Numbers never break across lines in the documents: Chromium breaks "2027-12-31" after a hyphen
// and "t.o.m. 2027-12-31" at its space. The tjänsteutlåtande is laid out in the bundled Chromium
// at many widths, and every date, period and amount must stand on one line at each; its text must
// still read exactly as before (ISO dates, searchable in the PDF).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { startBrowser, type LaunchedBrowser } from '../../src/render/browser.js';
import { renderHtml } from '../../src/render/html.js';
import { keepNumbersTogether } from '../../src/render/nowrap.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const tmp = tempDir('iop-nowrap-');

const PROSE = `## Sammanfattning

Förvaltningen föreslår att nämnden godkänner en överenskommelse med {{part "laxhjalpen"}} {{period avtalstid.start avtalstid.slut}}, ett partnerskap som sedan kan förlängas {{period avtalstid.start avtalstid.slut "lång"}} och som kostar {{belopp finansiering.totalt}} under perioden, med diarienummer {{ärende.diarienummer}} och organisationsnummer 846005-8327, från 2025-02-01 till 2027-01-31.
`;

function tjansteutlatande(): string {
  const dir = join(tmp.dir, 'arende');
  cpSync(join(ROOT, 'test/fixtures/render-minimal'), dir, { recursive: true });
  writeFileSync(join(dir, 'tjansteutlatande.md'), PROSE);
  const [checked] = check([dir]).arenden;
  if (!checked?.valid) throw new Error('ärendet ska följa schemat');
  return renderHtml(checked.arende as ValidArende).find((doc) => doc.kind === 'tjansteutlatande')!.html;
}

/** The text of the HTML as a reader (or a PDF's text layer) gets it. */
function text(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');
}

describe('keepNumbersTogether', () => {
  it('wraps dates, periods, amounts and numbers with hyphens, and changes no character of the text', () => {
    const html = '<p>Gäller fr.o.m.\u00a02025-02-01 t.o.m. 2027-01-31, den 10 januari 2025, 510\u00a0000\u00a0kr, dnr KS-2025-0117, tel. 040-34 10 00, orgnr 846005-8327.</p>';
    const wrapped = keepNumbersTogether(html);
    expect(text(wrapped)).toBe(text(html));
    const kept = [...wrapped.matchAll(/<span class="iop-nowrap"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(kept).toEqual(['fr.o.m.\u00a02025-02-01', 't.o.m. 2027-01-31', 'den 10 januari 2025', '510\u00a0000\u00a0kr', 'KS-2025-0117', '040-34 10 00', '846005-8327']);
  });

  it('leaves tags, attributes, styles and words with hyphens alone', () => {
    const html = '<html><head><style>a { margin: 0 2024-01-01 }</style><title>2024-01-01</title></head><body><a href="/2024-01-01" title="2024-01-01">Kultur- och fritidsnämnden</a></body></html>';
    expect(keepNumbersTogether(html)).toBe(html);
  });
});

describe('the tjänsteutlåtande in Chromium', () => {
  let launched: LaunchedBrowser;
  let html: string;
  beforeAll(async () => {
    html = tjansteutlatande();
    launched = await startBrowser(undefined, { ...process.env, IOP_BROWSER_SKIP_SYSTEM: '1' });
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
    tmp.cleanup();
  });

  it('keeps every date, period and amount on one line at every width', async () => {
    const page = await launched.browser.newPage();
    await page.emulateMediaType('print');
    await page.setContent(html, { waitUntil: 'load' });
    const broken = new Set<string>();
    for (let width = 320; width <= 760; width += 11) {
      await page.setViewport({ width, height: 800 });
      const found = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
        const all = nodes.map((node) => node.data).join('');
        const at = (position: number): [Text, number] => {
          let rest = position;
          for (const node of nodes) {
            if (rest <= node.data.length) return [node, rest];
            rest -= node.data.length;
          }
          return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.length];
        };
        const out: string[] = [];
        for (const match of all.matchAll(/(?:(?:fr\.o\.m\.|t\.o\.m\.)\s)?\d{4}-\d{2}-\d{2}|\d{1,3}(?:\s\d{3})+\skr|\d{6}-\d{4}|\d{1,2}\s(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s\d{4}/g)) {
          const range = document.createRange();
          range.setStart(...at(match.index));
          range.setEnd(...at(match.index + match[0].length));
          const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(match[0]);
        }
        return out;
      });
      for (const item of found) broken.add(`${width}px: ${item}`);
    }
    expect([...broken]).toEqual([]);
  }, 120_000);

  it('lists the agreement among the attachments by its title as written', () => {
    const list = /<ol class="bilagelista">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
    const first = /<li>([\s\S]*?)<\/li>/.exec(list)?.[1]?.replace(/<[^>]+>/g, '');
    const title = /^ {2}titel: (.*)$/m.exec(readFileSync(join(ROOT, 'test/fixtures/render-minimal/iop.yaml'), 'utf8'))![1];
    expect(first).toBe(title);
  });
});
