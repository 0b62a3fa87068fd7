// `iop preview`: a local web server (127.0.0.1 only) that shows an ärende's documents as HTML and
// tells the page to update, over Server-Sent Events, whenever a source file changes.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { check } from '../check.js';
import { IopError } from '../errors.js';
import { watchSources, type SourceWatcher } from '../io/watch.js';
import { ConfigResolver } from '../load/config.js';
import { discoverArenden } from '../load/discover.js';
import type { Diagnostic, ValidArende } from '../model.js';
import type { DocumentKind } from '../render/document.js';
import { RenderError } from '../render/errors.js';
import { renderHtml, type HtmlDocument } from '../render/html.js';
import { documentPage, headerHtml, pageTitle, shellPage, type PreviewState } from './page.js';
import { forgetTemplates, templateSources } from '../render/templates.js';

export const DEFAULT_PORT = 4173;
const HOST = '127.0.0.1';
const HEARTBEAT_MS = 20_000;

const MESSAGES = {
  several: (given: string, count: number) => `'${given}' innehåller ${count} ärenden. Förhandsvisningen visar ett ärende i taget; ange ärendets mapp.`,
  portBusy: (port: number) => `Porten ${port} används redan av ett annat program. Välj en annan med --port, eller --port 0 för en ledig port.`,
  portDenied: (port: number) => `Porten ${port} får inte användas av det här programmet. Välj en port över 1023 med --port.`,
  portRange: (port: number) => `Porten ska vara ett heltal från 0 till 65535, inte ${port}.`,
  unexpected: (message: string) => `Ett oväntat fel inträffade: ${message}`,
  notFound: 'Sidan finns inte.',
  wrongHost: 'Förhandsvisningen svarar bara på adressen 127.0.0.1 eller localhost.',
  method: 'Förhandsvisningen tar bara emot GET.',
};

export interface PreviewOptions {
  /** Port to listen on; 0 picks a free one. Default 4173, or a free port when 4173 is taken. */
  port?: number;
  /** Render with the UTKAST marking, as `iop build --utkast`. */
  utkast?: boolean;
  cwd?: string;
  /** Quiet time after a change before rendering again (default 150 ms). */
  debounceMs?: number;
  /** Called after every render (the first included). */
  onUpdate?: (state: PreviewState) => void;
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  url: string;
  address: AddressInfo;
  /** The ärende folder shown. */
  dir: string;
  state(): PreviewState;
  /** Stops watching, ends the event streams and closes the server. */
  close(): Promise<void>;
}

/** The one ärende a path stands for. Throws IopError for none or several. */
function arendeDir(path: string, cwd: string): string {
  const dirs = discoverArenden([path], cwd);
  if (dirs.length !== 1) throw new IopError(MESSAGES.several(path, dirs.length));
  return dirs[0]!;
}

interface Rendered {
  diagnostics: Diagnostic[];
  failure?: string;
  documents?: HtmlDocument[];
}

/** Checks and renders; every failure becomes part of the result, never an exception. */
function renderArende(dir: string, options: PreviewOptions): Rendered {
  try {
    const result = check([dir], { cwd: dir });
    const diagnostics = [...result.diagnostics];
    const checked = result.arenden[0];
    if (!checked?.valid) return { diagnostics };
    try {
      return { diagnostics, documents: renderHtml(checked.arende as ValidArende, { utkast: options.utkast }) };
    } catch (error) {
      if (error instanceof RenderError) return { diagnostics: [...diagnostics, error.toDiagnostic()] };
      throw error;
    }
  } catch (error) {
    const message = error instanceof IopError ? error.message : MESSAGES.unexpected(error instanceof Error ? error.message : String(error));
    return { diagnostics: [], failure: message };
  }
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host: HOST, exclusive: true });
  });
}

export async function startPreview(path: string, options: PreviewOptions = {}): Promise<PreviewServer> {
  const cwd = options.cwd ?? process.cwd();
  const dir = arendeDir(path, cwd);
  if (options.port !== undefined && (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)) throw new IopError(MESSAGES.portRange(options.port));

  let state: PreviewState = { version: 0, documentVersion: 0, dir, diagnostics: [], documents: [], stale: false };
  const streams = new Set<ServerResponse>();

  const update = (): void => {
    // The repository's own templates may be what changed: read them again.
    forgetTemplates();
    const rendered = renderArende(dir, options);
    const version = state.version + 1;
    state = rendered.documents
      ? { version, documentVersion: version, dir, diagnostics: rendered.diagnostics, documents: rendered.documents, stale: false }
      : { ...state, version, diagnostics: rendered.diagnostics, failure: rendered.failure, stale: true };
    for (const stream of streams) stream.write(`event: version\ndata: ${state.version}\n\n`);
    options.onUpdate?.(state);
  };

  let port = 0;
  const server = createServer((request, response) => handle(request, response));
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    // Only a page from this server, not one from another site pointing a name at 127.0.0.1.
    const host = request.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) return send(response, 403, 'text/plain', MESSAGES.wrongHost);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', MESSAGES.method, { Allow: 'GET, HEAD' });
    const url = new URL(request.url ?? '/', `http://${host}`);
    const kind = url.pathname === '/' ? 'avtal' : url.pathname === '/tjansteutlatande' ? 'tjansteutlatande' : undefined;
    if (kind) {
      const nonce = randomBytes(16).toString('base64');
      const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
      return send(response, 200, 'text/html', shellPage(state, kind, nonce), { 'Content-Security-Policy': csp });
    }
    if (url.pathname === '/__iop/events') return openStream(response);
    if (url.pathname === '/__iop/huvud') {
      const wanted: DocumentKind = url.searchParams.get('dokument') === 'tjansteutlatande' ? 'tjansteutlatande' : 'avtal';
      const body = { version: state.version, documentVersion: state.documentVersion, titel: pageTitle(state, wanted), huvud: headerHtml(state, wanted), dokument: state.documents.some((d) => d.kind === wanted) };
      return send(response, 200, 'application/json', JSON.stringify(body));
    }
    const match = /^\/__iop\/dokument\/(avtal|tjansteutlatande)$/.exec(url.pathname);
    const doc = match && state.documents.find((d) => d.kind === match[1]);
    if (doc) {
      // As in the PDF's browser page: no script, nothing loaded but the document's own data: URLs.
      const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
      return send(response, 200, 'text/html', documentPage(doc), { 'Content-Security-Policy': csp });
    }
    send(response, 404, 'text/plain', MESSAGES.notFound);
  };

  const openStream = (response: ServerResponse): void => {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
    response.write(`retry: 500\nevent: version\ndata: ${state.version}\n\n`);
    streams.add(response);
    response.on('close', () => streams.delete(response));
  };

  update();
  try {
    await listen(server, options.port ?? DEFAULT_PORT);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' && options.port === undefined) await listen(server, 0);
    else if (code === 'EADDRINUSE') throw new IopError(MESSAGES.portBusy(options.port ?? DEFAULT_PORT));
    else if (code === 'EACCES') throw new IopError(MESSAGES.portDenied(options.port ?? DEFAULT_PORT));
    else throw error;
  }
  const address = server.address() as AddressInfo;
  port = address.port;

  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(': \n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  let watcher: SourceWatcher | undefined;
  try {
    const config = new ConfigResolver().forDir(dir).config;
    const files = [...(config.file ? [config.file] : []), ...templateSources(config)];
    watcher = watchSources([dir], update, { debounceMs: options.debounceMs ?? 150, files });
  } catch (error) {
    server.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    address,
    dir,
    state: () => state,
    close() {
      closing ??= new Promise<void>((resolve) => {
        watcher?.close();
        clearInterval(heartbeat);
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...headers,
  });
  response.end(body);
}
