// `iop preview`: starts the preview server, prints its address and a line per update, and stops on Ctrl+C.
import { EXIT_OK } from '../errors.js';
import { diagnosticsSummary, type PreviewState } from '../preview/page.js';
import { startPreview } from '../preview/server.js';

export interface PreviewCommandOptions {
  port?: number;
  utkast?: boolean;
}

const MESSAGES = {
  started: (url: string) => `Förhandsvisning: ${url} — avsluta med Ctrl+C`,
  updated: (time: string, summary: string) => `${time} Uppdaterad: ${summary}.`,
  clean: 'inga fel',
  failed: (time: string, message: string) => `${time} Kunde inte uppdatera: ${message}`,
  stopped: 'Förhandsvisningen är avslutad.',
};

function clock(): string {
  return new Date().toLocaleTimeString('sv-SE', { hour12: false });
}

function reportUpdate(state: PreviewState): void {
  if (state.failure !== undefined) process.stderr.write(MESSAGES.failed(clock(), state.failure) + '\n');
  else process.stderr.write(MESSAGES.updated(clock(), diagnosticsSummary(state.diagnostics) || MESSAGES.clean) + '\n');
}

export async function runPreview(path: string, options: PreviewCommandOptions): Promise<void> {
  let started = false;
  const preview = await startPreview(path, {
    port: options.port,
    utkast: options.utkast,
    onUpdate: (state) => {
      if (started) reportUpdate(state);
    },
  });
  started = true;
  process.stdout.write(MESSAGES.started(preview.url) + '\n');
  const start = preview.state();
  if (start.failure !== undefined || start.diagnostics.length > 0) reportUpdate(start);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const stop = (received: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(received);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await preview.close();
  process.stderr.write((signal === 'SIGINT' ? '\n' : '') + MESSAGES.stopped + '\n');
  process.exitCode = EXIT_OK;
}
