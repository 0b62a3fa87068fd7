// Setting a document as a page's content. Every document iop prints carries the bundled typeface
// (some 300 000 characters of fonts, fonts.ts): loading it afresh each time had Chromium take in,
// decode and check those fonts again for every document, most of a document's load. So a page is
// given the text's fonts once, in a shell document, and each document then replaces all of the
// shell but those fonts and the policy: its <html> attributes, the rest of its head and its body,
// as the browser parses them. The running header's own font stays in each document that needs it:
// Chromium finds it for the header only when the document has just loaded it (fonts.ts), and a
// style sheet whose text it has seen before is not loaded again, so where the text's fonts are cut
// out a comment with a running number takes their place. A document that does not carry the fonts
// exactly as iop writes them, or that would not be read as standards mode, is loaded the ordinary
// way.
import type { Page } from 'puppeteer-core';
import type { RenderedDocument } from './document.js';
import { headerFaceForDocument, textFontFaceCss, TEXT_FONTS_MARK } from './fonts.js';
import { withPolicy } from './policy.js';

/** The shell's head holds exactly these two nodes; what a document brings comes after them. */
const SHELL_NODES = 2;

/** The policy first in the head (withPolicy), then the fonts. */
function shellHtml(fonts: string): string {
  return withPolicy(`<!DOCTYPE html><html><head><style>${fonts}</style></head><body></body></html>`);
}

/** Pages that hold the shell, ready for a document to replace its content. */
const shells = new WeakSet<Page>();

/** A document the browser reads in standards mode, as the shell is. */
const STANDARDS_MODE = /^\s*<!DOCTYPE html>/i;

/**
 * The document with the text's fonts replaced by `instead`, when it can take the shell's: it
 * declares standards mode and holds them exactly once, as iop writes them.
 */
export function withoutFonts(html: string, instead = '', fonts = textFontFaceCss()): string | undefined {
  if (!STANDARDS_MODE.test(html)) return undefined;
  const at = html.indexOf(fonts);
  if (at === -1 || html.indexOf(fonts, at + 1) !== -1) return undefined;
  return html.slice(0, at) + instead + html.slice(at + fonts.length);
}

let documentsSet = 0;

/** Sets `html` (without the policy, which is added here) as the page's content. */
export async function setDocument(page: Page, html: string, timeout: number): Promise<void> {
  const rest = withoutFonts(html, `/* iop ${++documentsSet} */`);
  if (rest === undefined) {
    shells.delete(page);
    await page.setContent(withPolicy(html), { waitUntil: 'load', timeout });
    return;
  }
  await setInShell(page, rest, timeout);
}

/**
 * Sets a rendered document as the page's content, as setDocument does with its whole HTML, but from
 * its printHtml when it has one: the whole HTML is then never made.
 */
export async function setRenderedDocument(page: Page, doc: Pick<RenderedDocument, 'html' | 'printHtml'>, timeout: number, { headerFace = true }: { headerFace?: boolean } = {}): Promise<void> {
  const { printHtml } = doc;
  if (printHtml === undefined || !STANDARDS_MODE.test(printHtml)) {
    await setDocument(page, doc.html, timeout);
    return;
  }
  // The header's own face costs the page a font to take in and set up (some 5 ms a document), and
  // only a header drawn from the templates in the web font uses it.
  const html = headerFace ? printHtml : printHtml.split(headerFaceForDocument()).join('');
  await setInShell(page, html.split(TEXT_FONTS_MARK).join(`/* iop ${++documentsSet} */`), timeout);
}

/** The document's content but the text's fonts put in place of the shell's, loading the shell first if need be. */
async function setInShell(page: Page, rest: string, timeout: number): Promise<void> {
  if (!shells.has(page)) {
    await page.setContent(shellHtml(textFontFaceCss()), { waitUntil: 'load', timeout });
    shells.add(page);
  }
  try {
    await page.evaluate(replaceContent, rest, SHELL_NODES);
  } catch (error) {
    // Whatever the page holds now, it is no longer the shell.
    shells.delete(page);
    throw error;
  }
}

/** Runs in the page: the document parsed, and put in place of all but the shell's head nodes. */
async function replaceContent(html: string, kept: number): Promise<void> {
  const next = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const attribute of Array.from(root.attributes)) root.removeAttribute(attribute.name);
  for (const attribute of Array.from(next.documentElement.attributes)) root.setAttribute(attribute.name, attribute.value);
  const head = document.head;
  while (head.childNodes.length > kept) head.lastChild!.remove();
  for (const node of Array.from(next.head.childNodes)) head.append(document.adoptNode(node));
  document.body.replaceWith(document.adoptNode(next.body));
  // As a load would: the document's images (data: URLs only) are decoded before it is printed.
  await Promise.all(Array.from(document.images, (image) => image.decode().catch(() => undefined)));
}
