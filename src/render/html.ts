// The documents of an ärende as HTML only, without a browser (for the preview): the same templates,
// stylesheet and sanitised prose as the PDF, with the table of contents left without page numbers.
import type { ValidArende } from '../model.js';
import { avtalDocument, hasTjansteutlatande, tjansteutlatandeDocument, type DocumentInput, type DocumentKind } from './document.js';
import { fingerprint } from './fingerprint.js';
import { loadTemplates } from './templates.js';

export interface HtmlDocument {
  kind: DocumentKind;
  title: string;
  html: string;
}

export interface RenderHtmlOptions {
  utkast?: boolean;
}

/**
 * The agreement (with its bilagor) and, when the ärende has one, the tjänsteutlåtande.
 * Throws RenderError for an expression in the text that cannot be filled in, IopError for a
 * template, stylesheet or logo in iop.config.yaml that cannot be used.
 */
export function renderHtml(arende: ValidArende, options: RenderHtmlOptions = {}): HtmlDocument[] {
  const templates = loadTemplates(arende.config);
  const input: DocumentInput = { arende, templates, fingerprint: fingerprint(arende, templates), utkast: options.utkast ?? false };
  const docs = [avtalDocument(input)];
  if (hasTjansteutlatande(arende)) docs.push(tjansteutlatandeDocument(input));
  return docs.map((doc) => ({ kind: doc.kind, title: doc.title, html: doc.html }));
}
