// The preview's own pages: a frame around the documents with a nav, the diagnostics panel and the
// reload script. The documents themselves are the PDF's HTML untouched but for a screen stylesheet.
import { relative } from 'node:path';
import type { Diagnostic } from '../model.js';
import type { DocumentKind } from '../render/document.js';
import type { HtmlDocument } from '../render/html.js';
import { countWord } from '../report/summary.js';

export interface PreviewState {
  /** Counts every update; the page compares it with its own to know it is out of date. */
  version: number;
  /** The version of the documents shown (the last render that succeeded). */
  documentVersion: number;
  dir: string;
  diagnostics: Diagnostic[];
  /** The sources could not be checked or rendered at all (the folder is gone, a template is missing). */
  failure?: string;
  /** The last documents that could be rendered; from an earlier version when `stale`. */
  documents: HtmlDocument[];
  stale: boolean;
}

const MESSAGES = {
  brand: 'Förhandsvisning',
  nav: 'Dokument',
  kinds: { avtal: 'Överenskommelse med bilagor', tjansteutlatande: 'Tjänsteutlåtande' } satisfies Record<DocumentKind, string>,
  pdfOnly: 'Sidhuvud, sidfot och sidnummer finns bara i PDF-filen.',
  severity: { error: 'fel', warning: 'varning' } as const,
  failure: 'Förhandsvisningen kunde inte uppdateras',
  stale: 'Sidan visar den senaste versionen som gick att visa. Den uppdateras när felen är rättade.',
  nothing: 'Det finns inget att visa ännu. Rätta felen ovan, så visas dokumenten här när du sparar.',
  noTjansteutlatande: 'Ärendet har inget tjänsteutlåtande. Det skapas när iop.yaml har avsnittet tjänsteutlåtande eller när filen tjansteutlatande.md finns.',
  frameTitle: (title: string) => `${title} (förhandsvisning)`,
};

/** "2 fel och 1 varning"; empty when there is nothing to report. */
export function diagnosticsSummary(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const parts: string[] = [];
  if (errors > 0) parts.push(countWord(errors, 'fel', 'fel'));
  if (warnings > 0) parts.push(countWord(warnings, 'varning', 'varningar'));
  return parts.join(' och ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function place(dir: string, file: string, line: number, column: number): string {
  return `${relative(dir, file) || file}:${line}:${column}`;
}

function diagnosticsPanel(state: PreviewState): string {
  if (state.failure === undefined && state.diagnostics.length === 0) return '';
  const items = state.diagnostics.map((d) => {
    const related = (d.related ?? []).map((r) => `<div class="iop-relaterad">→ <span class="iop-plats">${escapeHtml(place(state.dir, r.file, r.line, r.column))}</span> ${escapeHtml(r.message)}</div>`).join('');
    return (
      `<li class="iop-${d.severity === 'error' ? 'fel' : 'varning'}">` +
      `<span class="iop-plats">${escapeHtml(place(state.dir, d.file, d.line, d.column))}</span> ` +
      `<span class="iop-allvar">${MESSAGES.severity[d.severity]}</span> ` +
      `<span class="iop-meddelande">${escapeHtml(d.message)}</span> <code class="iop-regel">${escapeHtml(d.ruleId)}</code>${related}</li>`
    );
  });
  const failure = state.failure === undefined ? '' : `<p class="iop-misslyckat"><strong>${MESSAGES.failure}:</strong> ${escapeHtml(state.failure)}</p>`;
  const heading = state.diagnostics.length > 0 ? `<h2>${diagnosticsSummary(state.diagnostics)}</h2>` : '';
  const hasErrors = state.failure !== undefined || state.diagnostics.some((d) => d.severity === 'error');
  return `<section id="iop-diagnostik" class="iop-diagnostik${hasErrors ? ' iop-har-fel' : ''}" aria-label="Fel och varningar">${heading}${failure}${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</section>`;
}

/** The nav and the diagnostics panel: the part of the page the script replaces on every update. */
export function headerHtml(state: PreviewState, kind: DocumentKind): string {
  const kinds = state.documents.length > 0 ? state.documents.map((d) => d.kind) : (['avtal'] as DocumentKind[]);
  const links = kinds.map((k) => `<a href="${k === 'avtal' ? '/' : `/${k}`}"${k === kind ? ' aria-current="page"' : ''}>${MESSAGES.kinds[k]}</a>`).join('');
  const note = state.stale && state.documents.length > 0 ? `<p class="iop-notis">${MESSAGES.stale}</p>` : '';
  return (
    `<nav class="iop-nav" aria-label="${MESSAGES.nav}"><span class="iop-varumarke">${MESSAGES.brand}</span>${links}<span class="iop-pdf">${MESSAGES.pdfOnly}</span></nav>` +
    diagnosticsPanel(state) +
    note
  );
}

export function pageTitle(state: PreviewState, kind: DocumentKind): string {
  const doc = state.documents.find((d) => d.kind === kind) ?? state.documents[0];
  return MESSAGES.frameTitle(doc?.title ?? MESSAGES.brand);
}

const SHELL_CSS = `
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; background: #6b6b6b; font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1a1a1a; }
#iop-huvud { flex: none; box-shadow: 0 1px 4px rgba(0,0,0,.35); z-index: 1; }
.iop-nav { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 18px; padding: 8px 16px; background: #1f3a5f; color: #fff; }
.iop-nav a { color: #dfe8f3; text-decoration: none; padding: 2px 0; border-bottom: 2px solid transparent; }
.iop-nav a:hover { color: #fff; }
.iop-nav a[aria-current="page"] { color: #fff; border-bottom-color: #fff; font-weight: 600; }
.iop-varumarke { font-weight: 700; }
.iop-pdf { margin-left: auto; font-size: 12px; color: #b9c7d8; }
.iop-diagnostik { max-height: 38vh; overflow: auto; padding: 8px 16px; background: #fff8e1; border-bottom: 3px solid #b7791f; }
.iop-diagnostik.iop-har-fel { background: #fdecee; border-bottom-color: #b00020; }
.iop-diagnostik h2 { font-size: 16px; margin: 0 0 6px; }
.iop-diagnostik ul { list-style: none; margin: 0; padding: 0; }
.iop-diagnostik li { margin: 0 0 6px; }
.iop-plats { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.iop-allvar { font-weight: 700; }
.iop-fel .iop-allvar { color: #b00020; }
.iop-varning .iop-allvar { color: #8a5a00; }
.iop-regel { color: #666; font-size: 12px; }
.iop-relaterad { margin-left: 24px; color: #444; }
.iop-misslyckat { margin: 0 0 6px; }
.iop-notis, .iop-tomt { margin: 0; padding: 8px 16px; background: #eef2f7; }
.iop-tomt { margin: 24px auto; max-width: 640px; border-radius: 4px; }
#dokument { flex: 1 1 auto; width: 100%; border: 0; display: block; }
`;

/** The preview's own script: listens for updates and swaps the panel and the document in place. */
function script(kind: DocumentKind, state: PreviewState): string {
  return `(() => {
  const kind = ${JSON.stringify(kind)};
  let version = ${state.version};
  let documentVersion = ${state.documentVersion};
  let busy = false;
  let again = false;
  async function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const response = await fetch('/__iop/huvud?dokument=' + kind, { cache: 'no-store' });
      const next = await response.json();
      const frame = document.getElementById('dokument');
      if (next.dokument !== Boolean(frame)) { location.reload(); return; }
      version = next.version;
      document.getElementById('iop-huvud').innerHTML = next.huvud;
      document.title = next.titel;
      if (frame && next.documentVersion !== documentVersion) {
        documentVersion = next.documentVersion;
        const y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
        frame.addEventListener('load', () => { if (frame.contentWindow) frame.contentWindow.scrollTo(0, y); }, { once: true });
        frame.src = '/__iop/dokument/' + kind + '?v=' + documentVersion;
      }
    } catch {
      // The server is restarting or gone; the event stream reconnects by itself.
    } finally {
      busy = false;
      if (again) { again = false; refresh(); }
    }
  }
  const events = new EventSource('/__iop/events');
  events.addEventListener('version', (event) => { if (Number(event.data) !== version) refresh(); });
})();`;
}

/** The page at / and /tjansteutlatande. */
export function shellPage(state: PreviewState, kind: DocumentKind, nonce: string): string {
  const doc = state.documents.find((d) => d.kind === kind);
  const body = doc
    ? `<iframe id="dokument" title="${escapeHtml(doc.title)}" sandbox="allow-same-origin" src="/__iop/dokument/${kind}?v=${state.documentVersion}"></iframe>`
    : `<p class="iop-tomt">${state.documents.length > 0 ? MESSAGES.noTjansteutlatande : MESSAGES.nothing}</p>`;
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle(state, kind))}</title>
<style>${SHELL_CSS}</style>
</head>
<body>
<header id="iop-huvud">${headerHtml(state, kind)}</header>
${body}
<script nonce="${nonce}">${script(kind, state)}</script>
</body>
</html>
`;
}

/**
 * On screen, the print stylesheet's A4 page becomes a white sheet of A4 width on grey; where the
 * PDF starts a new page (signatures, each bilaga) the sheet is cut so the break shows.
 */
const SCREEN_CSS = `<style media="screen">
html { background: #6b6b6b; }
body { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 25mm 25mm 22mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.45); }
.underskrifter, section.bilaga { margin: 25mm -25mm 0; padding: 25mm 25mm 0; border-top: 8mm solid #6b6b6b; }
</style>
`;

/** A document as the PDF has it, plus the screen stylesheet. */
export function documentPage(doc: HtmlDocument): string {
  const at = doc.html.indexOf('</head>');
  return at === -1 ? SCREEN_CSS + doc.html : doc.html.slice(0, at) + SCREEN_CSS + doc.html.slice(at);
}
