// For the benchmarks that print one agreement over and over (running-head.js, page-gc.js): the
// agreement of an ärende as a final build makes it, and a browser with one page for documents, as
// iop opens it. Needs lib/ (npm run build) and a browser (IOP_BROWSER, or the one iop finds).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const L = join(ROOT, 'lib');
const { check } = await import(join(L, 'check.js'));
const { avtalDocument } = await import(join(L, 'render/document.js'));
const { fingerprint } = await import(join(L, 'render/fingerprint.js'));
const { loadTemplates } = await import(join(L, 'render/templates.js'));
const { launchBrowser, resolveBrowser, openDocumentPage } = await import(join(L, 'render/browser.js'));

/** The ärende's agreement (final, no table of contents numbers yet), a launched browser and a page of it. */
export async function agreementPage(dir) {
  const [checked] = check([dir]).arenden;
  const arende = checked.arende;
  const templates = loadTemplates(arende.config);
  const doc = avtalDocument({ arende, templates, fingerprint: fingerprint(arende, templates), utkast: false });
  const launched = await launchBrowser(await resolveBrowser());
  const page = await openDocumentPage(launched.browser);
  return { doc, launched, page };
}
