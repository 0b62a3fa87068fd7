// Values are text wherever they go: a value from iop.yaml inserted into the prose through a helper
// never becomes a link, emphasis or an image, in the HTML or in the PDF.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { asText, createHandlebars } from '../../src/render/helpers.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

const temp = tempDir('iop-values-');
afterAll(temp.cleanup);

const NAME = '[klick](https://example.org) **fet** ![b](data:image/png;base64,AAAA)';

/** The text of an HTML fragment: tags removed, references read. */
function textOf(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/g, (whole, name: string) => named[name] ?? whole)
    .trim();
}

/** How many image XObjects the PDF holds. */
async function images(file: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  let count = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : (object as { dict?: PDFDict }).dict;
    if (dict instanceof PDFDict && dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) count++;
  }
  return count;
}

describe('values from the data inserted into prose', () => {
  it('read the same in HTML and in Markdown, and never become markup', () => {
    const values = [NAME, '<b>fet</b> & "citat"', '# Rubrik', '- punkt', '1. punkt', '> citat', 'www.example.org', 'info@example.org', 'https://example.org', 'a | b', '~~struken~~', '`kod`', 'a\\*b*', '---', '.dold', 'Rad ett\n- rad två'];
    for (const value of values) {
      for (const markdown of [`Text ${asText(value).toString()} text`, asText(value).toString()]) {
        const html = markdownToHtml(markdown);
        expect(html, value).not.toMatch(/<(?!\/?p>)[a-z]/);
        expect(textOf(html), value).toBe(markdown.startsWith('Text') ? `Text ${value} text` : value);
      }
    }
  });

  it('{{part}}, {{parter}} and {{lista}} give the names as text', () => {
    const data = { parter: [{ id: 'a', namn: NAME, sektor: 'idéburen' }, { id: 'b', namn: '**B**', sektor: 'offentlig' }] };
    const env = createHandlebars(data as never);
    const out = env.compile('{{part "a"}}. {{parter}}. {{lista parter}}.')(data);
    const html = markdownToHtml(out);
    expect(html).not.toMatch(/<a |<strong>|<img |<em>/);
    expect(html).toContain('[klick](https://example.org) **fet** ![b](data:image/png;base64,AAAA) och **B**');
  });

  it('a party named with Markdown prints literally in the PDF: no link annotation, no bold, no image', async () => {
    const repo = join(temp.dir, 'pdf');
    const arende = join(repo, 'laxhjalp');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(arende, { recursive: true });
    const yaml = readFileSync(join(ROOT, 'test/fixtures/minimal/iop.yaml'), 'utf8').replace('namn: Föreningen Läxhjälpen i Kvarnby', `namn: '${NAME}'`);
    expect(yaml).toContain(NAME);
    writeFileSync(join(arende, 'iop.yaml'), yaml);
    writeFileSync(join(arende, 'avtal.md'), '## Bakgrund\n\nParten {{part "laxhjalpen"}} ordnar läxhjälp.\n');
    const result = runCli(['build', 'laxhjalp', '--out', 'ut', '--html'], { cwd: repo, env: { IOP_BROWSER_SKIP_SYSTEM: '1' } });
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(repo, 'ut', 'laxhjalp', 'avtal.html'), 'utf8');
    expect(html).not.toMatch(/<a [^>]*example\.org|<strong>fet|<img /);
    const file = join(repo, 'ut', 'laxhjalp', 'avtal.pdf');
    const pdf = await readPdf(file);
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(`Parten ${NAME} ordnar läxhjälp.`);
    expect(pdf.links.filter((link) => link.url !== undefined)).toEqual([]);
    expect(await images(file)).toBe(0);
  });
});
