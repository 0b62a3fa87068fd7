// The stylesheet (fonts and print.css, some 300 000 characters) goes into a document's HTML once, at
// the end of making it (document.ts): the HTML is the same as when the layout wrote it in place.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { avtalDocument, tjansteutlatandeDocument } from '../../src/render/document.js';
import { fingerprint } from '../../src/render/fingerprint.js';
import { loadTemplates, type TemplateSet } from '../../src/render/templates.js';
import { textFontFaceCss, TEXT_FONTS_MARK } from '../../src/render/fonts.js';
import { ROOT } from '../helpers/cli.js';

const arende = check([join(ROOT, 'examples', 'navet')]).arenden[0]!.arende as ValidArende;
const bundled = loadTemplates(arende.config);

function input(templates: TemplateSet) {
  return { arende, templates, fingerprint: fingerprint(arende, templates), utkast: false };
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('the stylesheet in the HTML', () => {
  it('stands once where the layout writes {{{css}}}, in the agreement (numbered or not) and the tjänsteutlåtande', () => {
    const unnumbered = avtalDocument(input(bundled));
    const numbered = avtalDocument(input(bundled), unnumbered.toc.map((_, i) => i + 2));
    for (const doc of [unnumbered, numbered, tjansteutlatandeDocument(input(bundled))]) {
      expect(occurrences(doc.html, bundled.css)).toBe(1);
      expect(doc.html).toContain(`<style>\n${bundled.css}\n</style>`);
      expect(doc.html).not.toContain('\u0000');
    }
    expect(numbered.html).toContain('<span class="sida">2</span>');
  });

  it('is left out of printHtml but for the text’s fonts, which the page already holds: the same HTML otherwise', () => {
    const unnumbered = avtalDocument(input(bundled));
    for (const doc of [unnumbered, avtalDocument(input(bundled), unnumbered.toc.map((_, i) => i + 2)), tjansteutlatandeDocument(input(bundled))]) {
      const printHtml = doc.printHtml!;
      expect(occurrences(printHtml, TEXT_FONTS_MARK)).toBe(1);
      expect(printHtml).not.toContain(textFontFaceCss());
      expect(printHtml.length).toBeLessThan(doc.html.length / 3);
      expect(printHtml.split(TEXT_FONTS_MARK).join(textFontFaceCss())).toBe(doc.html);
    }
  });

  it('keeps its numbers as written: the stylesheet’s digits are never wrapped to keep them together', () => {
    const html = avtalDocument(input(bundled)).html;
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).not.toContain('iop-nowrap');
  });

  it('is escaped as before by a layout that writes {{css}}', () => {
    const escaping: TemplateSet = { ...bundled, layouts: { ...bundled.layouts, avtal: bundled.layouts.avtal.replace('{{{css}}}', '{{css}}') } };
    const html = avtalDocument(input(escaping)).html;
    expect(html).not.toContain(bundled.css);
    expect(html).toContain("font-family: &#x27;Source Sans 3&#x27;");
    expect(html).not.toContain('\u0000');
    expect(avtalDocument(input(escaping)).printHtml).toBeUndefined();
  });

  it('stands in each place a layout writes it, and nowhere in a layout without it', () => {
    const twice: TemplateSet = { ...bundled, layouts: { ...bundled.layouts, tjansteutlatande: bundled.layouts.tjansteutlatande.replace('{{{css}}}', '{{{css}}}\n{{{css}}}') } };
    expect(occurrences(tjansteutlatandeDocument(input(twice)).html, bundled.css)).toBe(2);
    expect(tjansteutlatandeDocument(input(twice)).printHtml).toBeUndefined();
    const none: TemplateSet = { ...bundled, layouts: { ...bundled.layouts, tjansteutlatande: bundled.layouts.tjansteutlatande.replace('{{{css}}}', '') } };
    const html = tjansteutlatandeDocument(input(none)).html;
    expect(html).not.toContain('@font-face');
    expect(html).not.toContain('\u0000');
  });
});
