// The second wall in the page: a Content-Security-Policy in every print document, and a refusal of
// templates that try to leave the document (meta refresh, <base>, forms), naming the template.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_DIR } from '../paths.js';
import { RenderError } from './errors.js';
import type { TemplateSet } from './templates.js';

/** Nothing but the document itself: embedded images and fonts, inline styles; no base, no forms. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const POLICY_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

/** The document with the policy as the first thing in its head, before anything it could govern. */
export function withPolicy(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + POLICY_META + html.slice(head.index + head[0].length);
  return POLICY_META + html;
}

/** What leaves the document, and how it is named in the message. */
const NAVIGATION: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /<meta\b[^>]*\bhttp-equiv\s*=\s*["']?\s*refresh/i, name: '<meta http-equiv="refresh">' },
  { pattern: /<base\b/i, name: '<base>' },
  { pattern: /<form\b/i, name: '<form>' },
];

const MESSAGES = {
  navigation: (what: string) => `Mallen försöker lämna dokumentet med ${what}. iop skriver inte ut ett dokument som kan bytas mot något annat; ta bort det ur mallen.`,
  navigated: (url: string) => `Dokumentet försökte gå till en annan sida (${url.length > 80 ? `${url.slice(0, 80)}…` : url}) när det skrevs ut. Kontrollera mallen; iop skriver inte ut ett dokument som kan bytas mot något annat.`,
};

/** The file a template came from: the repository's own, or iop's. */
function templateFile(templates: TemplateSet, name: string): string {
  const own = templates.dir ? join(templates.dir, name) : undefined;
  return own && existsSync(own) ? own : join(TEMPLATE_DIR, name);
}

/** The layout and partials as files, with their text. */
function templateTexts(templates: TemplateSet, layout: string): Array<{ file: string; text: string }> {
  return [
    { file: templateFile(templates, `${layout}.hbs`), text: templates.layouts[layout as keyof TemplateSet['layouts']] ?? '' },
    ...Object.entries(templates.partials).map(([name, text]) => ({ file: templateFile(templates, join('partials', `${name}.hbs`)), text })),
    ...(layout === 'avtal' ? [{ file: templateFile(templates, 'bilaga.hbs'), text: templates.layouts.bilaga }] : []),
  ];
}

/**
 * Throws a RenderError naming the template when the document holds a way to leave it. Prose cannot
 * (raw HTML in Markdown is dropped, values are text), so it comes from a template.
 */
export function refuseNavigation(html: string, templates: TemplateSet, layout: string): void {
  for (const { pattern, name } of NAVIGATION) {
    if (!pattern.test(html)) continue;
    const source = templateTexts(templates, layout).find((t) => pattern.test(t.text));
    const file = source?.file ?? templateFile(templates, `${layout}.hbs`);
    const line = source ? source.text.slice(0, source.text.search(pattern)).split('\n').length : 1;
    throw new RenderError(MESSAGES.navigation(name), file, line, 1, 'mall/navigering');
  }
}

/** The error for a navigation the browser saw while printing (one the patterns above missed). */
export function navigationError(url: string, templates: TemplateSet, layout: string): RenderError {
  return new RenderError(MESSAGES.navigated(url), templateFile(templates, `${layout}.hbs`), 1, 1, 'mall/navigering');
}
