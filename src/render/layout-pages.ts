// Where the headings of a loaded document will fall in print, found without printing: the page
// lays the document out in columns the size of a printed page's content box, which Chromium breaks
// with the same rules it breaks pages with (forced breaks, avoided breaks, orphans and widows), and
// each heading's column is its page. It is a guess, a few milliseconds against a print: the full
// print's own bookmarks confirm it (pdf.ts), and a document it does not fit is printed again.
import type { Page } from 'puppeteer-core';
import { normalizeTitle, type OutlineEntry } from './toc.js';

/**
 * The pages the headings of the document `page` holds fall on, in document order, as a print's
 * bookmarks would give them; undefined when the document's page set-up is not one this can lay
 * out (see headingColumns).
 */
export async function headingPagesFromLayout(page: Page): Promise<OutlineEntry[] | undefined> {
  const found = await page.evaluate(headingColumns);
  return found?.map(({ title, page }) => ({ title: normalizeTitle(title), page }));
}

/**
 * Runs in the page, with print media. Reads the one @page rule's size and margins; lays the body
 * out in columns of the content box, with page breaks made column breaks; and gives each heading
 * that has a box the number of its column. A document wider than the page is shrunk to fit when
 * printed: it is laid out as wide as it is, on a page as much taller. Everything it changes is put
 * back before it returns. Undefined for a set-up it cannot read: no @page rule or more than one,
 * a size or margin that is not a length, margins or borders on html or body, or a document more
 * than half as wide again as the page.
 */
async function headingColumns(): Promise<Array<{ title: string; page: number }> | undefined> {
  const PAGE_SIZES_MM: Record<string, [number, number]> = {
    a3: [297, 420],
    a4: [210, 297],
    a5: [148, 210],
    b4: [250, 353],
    b5: [176, 250],
    letter: [215.9, 279.4],
    legal: [215.9, 355.6],
    ledger: [279.4, 431.8],
  };
  const MM = 96 / 25.4;
  const GAP = 200;
  const html = document.documentElement;
  const body = document.body;
  // A page laid out for the screen since it loaded does not lay out as the print does (browser.ts).
  if (!matchMedia('print').matches) return undefined;

  const pageRules: CSSPageRule[] = [];
  const collect = (rules: CSSRuleList): void => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSPageRule) pageRules.push(rule);
      else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) collect(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) collect(sheet.cssRules);
  const rule = pageRules.length === 1 ? pageRules[0]! : undefined;
  if (rule === undefined || rule.selectorText !== '') return undefined;

  // Lengths in CSS pixels, as the browser reads them.
  const probe = document.createElement('div');
  probe.style.position = 'absolute';
  body.append(probe);
  const px = (value: string): number | undefined => {
    if (!/^[\d.]+(mm|cm|in|pt|pc|px|q)$|^0$/i.test(value.trim())) return undefined;
    probe.style.width = value;
    return probe.getBoundingClientRect().width;
  };
  let size: [number, number] | undefined;
  let margins: Array<number | undefined>;
  try {
    const words = rule.style.getPropertyValue('size').trim().toLowerCase().split(/\s+/).filter(Boolean);
    const named = words.find((word) => word in PAGE_SIZES_MM);
    if (words.length === 0 || (named !== undefined && words.every((w) => w === named || w === 'portrait' || w === 'landscape'))) {
      const [width, height] = PAGE_SIZES_MM[named ?? 'a4']!;
      size = words.includes('landscape') ? [height * MM, width * MM] : [width * MM, height * MM];
    } else if (words.length === 2) {
      const [width, height] = words.map(px);
      if (width !== undefined && height !== undefined) size = [width, height];
    }
    margins = ['top', 'right', 'bottom', 'left'].map((side) => px(rule.style.getPropertyValue(`margin-${side}`)));
  } finally {
    probe.remove();
  }
  if (size === undefined || margins.some((m) => m === undefined)) return undefined;
  const [top, right, bottom, left] = margins as number[];
  const pageWidth = size[0] - left! - right!;
  const pageHeight = size[1] - top! - bottom!;
  for (const element of [html, body]) {
    const style = getComputedStyle(element);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      if (parseFloat(style[`margin${side}`]) !== 0 || parseFloat(style[`padding${side}`]) !== 0 || parseFloat(style[`border${side}Width`]) !== 0) return undefined;
    }
  }

  const style = document.createElement('style');
  document.head.append(style);
  const touched: Array<[HTMLElement, string | null]> = [];
  try {
    // How wide the document is, laid out on the page: wider content has the print shrink it.
    style.textContent = `html{width:${pageWidth}px;overflow:clip}body{overflow:hidden}`;
    // Laid out once, so that the faces it uses are asked for, and measured once they have come.
    void body.offsetWidth;
    await document.fonts.ready;
    // Exactly, as the print measures it (scrollWidth would round it to a whole pixel).
    const elements = Array.from(body.querySelectorAll('*'));
    let right = pageWidth;
    for (const element of elements) right = Math.max(right, element.getBoundingClientRect().right);
    const width = right - body.getBoundingClientRect().left;
    if (width > pageWidth * 1.5) return undefined;
    const height = (pageHeight * width) / pageWidth;
    style.textContent = `html{width:${width}px}body{columns:${width}px;column-gap:${GAP}px;column-fill:auto;width:${width}px;height:${height}px}`;
    for (const element of elements) {
      const computed = getComputedStyle(element);
      const before = /^(page|left|right|recto|verso)$/.test(computed.breakBefore);
      const after = /^(page|left|right|recto|verso)$/.test(computed.breakAfter);
      const inside = computed.breakInside === 'avoid-page';
      if (!before && !after && !inside) continue;
      touched.push([element as HTMLElement, element.getAttribute('style')]);
      const inline = (element as HTMLElement).style;
      if (before) inline.setProperty('break-before', 'column', 'important');
      if (after) inline.setProperty('break-after', 'column', 'important');
      if (inside) inline.setProperty('break-inside', 'avoid', 'important');
    }
    await document.fonts.ready;
    const origin = body.getBoundingClientRect().left;
    const found: Array<{ title: string; page: number }> = [];
    for (const heading of Array.from(body.querySelectorAll('h1,h2,h3,h4,h5,h6'))) {
      const box = heading.getClientRects()[0];
      if (box === undefined) continue;
      found.push({ title: heading.textContent ?? '', page: Math.floor((box.left - origin + 1) / (width + GAP)) + 1 });
    }
    return found;
  } finally {
    // The style object writes its changes to the attribute only when the attribute is next read:
    // read, so that none is written after the attribute is put back.
    for (const [element, attribute] of touched) {
      void element.getAttribute('style');
      if (attribute === null) element.removeAttribute('style');
      else element.setAttribute('style', attribute);
    }
    style.remove();
  }
}

/**
 * What the layout guesses of one build came to. A browser or a layout whose print the guess does
 * not foresee (one miss costs a second full print) has the rest of the build measure with a
 * headings-only print instead: once three guesses have missed, and more than one in five.
 */
export class LayoutGuessRecord {
  private tried = 0;
  private missed = 0;

  get worthTrying(): boolean {
    return this.missed < 3 || this.missed * 5 <= this.tried;
  }

  record(hit: boolean): void {
    this.tried++;
    if (!hit) this.missed++;
  }
}
