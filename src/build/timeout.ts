// How long one document may take to render, and the error when it takes longer.
import { IopError } from '../errors.js';
import type { Diagnostic } from '../model.js';

const DEFAULT_RENDER_TIMEOUT = 60_000;

const MESSAGES = {
  timeout: (file: string, ms: number) => `${file} blev inte klar inom ${formatSeconds(ms)}. Dokumentet kan vara för stort; öka tiden med miljövariabeln IOP_RENDER_TIMEOUT_MS (millisekunder).`,
  badTimeout: (value: string) => `IOP_RENDER_TIMEOUT_MS ska vara ett positivt heltal (millisekunder), inte '${value}'.`,
};

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(3).replace(/0+$/, '').replace('.', ',')} s`;
}

/** The caller's time, else IOP_RENDER_TIMEOUT_MS, else 60 s. */
export function renderTimeout(options: { renderTimeoutMs?: number; env?: NodeJS.ProcessEnv }): number {
  if (options.renderTimeoutMs !== undefined) return options.renderTimeoutMs;
  const value = (options.env ?? process.env)['IOP_RENDER_TIMEOUT_MS'];
  if (value === undefined || value === '') return DEFAULT_RENDER_TIMEOUT;
  if (!/^\d+$/.test(value) || Number(value) === 0) throw new IopError(MESSAGES.badTimeout(value));
  return Number(value);
}

/** A document that did not finish rendering in time; only its ärende fails. */
export class RenderTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderTimeout';
  }

  toDiagnostic(file: string): Diagnostic {
    return { ruleId: 'bygg/tidsgräns', severity: 'error', message: this.message, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  }
}

/** `work`, or a RenderTimeout naming `file` after `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new RenderTimeout(MESSAGES.timeout(file, ms))), ms)));
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
