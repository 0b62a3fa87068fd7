// Golden files for the HTML of each template, rendered from the render-minimal fixture.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { avtalDocument, tjansteutlatandeDocument, type DocumentInput } from '../../src/render/document.js';
import { fingerprint } from '../../src/render/fingerprint.js';
import { loadTemplates } from '../../src/render/templates.js';
import { ROOT } from '../helpers/cli.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'render-minimal');

function input(utkast = false): DocumentInput {
  const [checked] = check([FIXTURE]).arenden;
  if (!checked?.valid) throw new Error('render-minimal ska följa schemat');
  const arende = checked.arende as ValidArende;
  const templates = loadTemplates(arende.config);
  return { arende, templates, fingerprint: fingerprint(arende, templates), utkast };
}

const PRINT_CSS = loadTemplates({ regler: {} }).css;

/**
 * Embedded fonts are long and the same everywhere, and the print stylesheet has its own file:
 * the golden files keep only their places, so they show the templates' markup alone.
 */
function stable(html: string): string {
  return html
    .split(PRINT_CSS)
    .join('/* the bundled fonts and templates/print.css */')
    .replace(/data:font\/(woff2?);base64,[A-Za-z0-9+/=]+/g, 'data:font/$1;base64,…')
    .split(ROOT)
    .join('<ROOT>')
    // The fingerprint covers the templates and the iop version: it changes with either.
    .replace(/Fingeravtryck [0-9a-f]{12}/g, 'Fingeravtryck <fingeravtryck>');
}

describe('HTML of the templates', () => {
  it('avtal.hbs with its partials and the bilaga', async () => {
    const doc = avtalDocument(input(), [2, 2, 2, 3, 3, 3, 3, 3, 4, 5, 6]);
    expect(doc.html).toContain('<html lang="sv">');
    expect(doc.html).toContain(PRINT_CSS);
    await expect(stable(doc.html)).toMatchFileSnapshot('__snapshots__/avtal.html');
    await expect(stable(doc.headerTemplate + '\n' + doc.footerTemplate)).toMatchFileSnapshot('__snapshots__/avtal-sidhuvud-sidfot.html');
  });

  it('bilaga.hbs', async () => {
    const doc = avtalDocument(input());
    const bilaga = /<section class="bilaga"[\s\S]*?<\/section>/.exec(doc.html)?.[0] ?? '';
    expect(bilaga).toContain('Bilaga 1. Terminsplan');
    await expect(bilaga + '\n').toMatchFileSnapshot('__snapshots__/bilaga.html');
  });

  it('tjansteutlatande.hbs', async () => {
    const doc = tjansteutlatandeDocument(input());
    await expect(stable(doc.html)).toMatchFileSnapshot('__snapshots__/tjansteutlatande.html');
    await expect(stable(doc.headerTemplate + '\n' + doc.footerTemplate)).toMatchFileSnapshot('__snapshots__/tjansteutlatande-sidhuvud-sidfot.html');
  });

  it('generates the parties, the financing table where it is placed and the signature blocks from the data', () => {
    const html = avtalDocument(input()).html;
    expect(html).toContain('&#x3C;b>{{x}}&#x3C;/b> Läxhjälpen i Kvarnby');
    expect(html).not.toMatch(/<script|javascript:|tracker\.example/);
    expect(html).toContain('510\u00a0000\u00a0kr');
    // Electronic signing: no place or date lines to fill in by hand, and no sentence the agreement does not state.
    expect(html.match(/class="underskrift"/g)).toHaveLength(3);
    expect(html).not.toContain('class="ort-datum"');
    expect(html).not.toContain('likalydande exemplar');
    // The financing table stands where avtal.md places it, inside its own Finansiering section.
    expect(html.match(/<table class="finansiering">/g)).toHaveLength(1);
    expect(html.indexOf('enligt tabellen.</p>')).toBeLessThan(html.indexOf('<table class="finansiering">'));
  });

  it('marks a draft in the title and with a watermark', () => {
    const doc = avtalDocument(input(true));
    expect(doc.title).toMatch(/^UTKAST – /);
    expect(doc.html).toContain('class="vattenmarke"');
    expect(doc.headerTemplate).toContain('UTKAST');
  });
});

describe('bundled templates', () => {
  it('print no view field under a helper’s name (there {{datum}} would call the helper, not read the field)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const Handlebars = (await import('handlebars')).default;
    const { TEMPLATE_HELPERS } = await import('../../src/text/helper-names.js');
    const helpers = new Set<string>(TEMPLATE_HELPERS);
    const clashes: string[] = [];
    type Node = { type: string; path?: { original?: string }; params?: unknown[]; body?: Node[]; program?: Node; inverse?: Node };
    const walk = (nodes: Node[] | undefined, file: string): void => {
      for (const node of nodes ?? []) {
        if (node.type === 'MustacheStatement' && node.params?.length === 0 && helpers.has(node.path?.original ?? '')) clashes.push(`${file}: {{${node.path?.original}}}`);
        walk(node.program?.body, file);
        walk(node.inverse?.body, file);
      }
    };
    for (const dir of ['templates', 'templates/partials']) {
      for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.hbs'))) walk((Handlebars.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as unknown as Node).body, `${dir}/${file}`);
    }
    expect(clashes).toEqual([]);
  });
});
