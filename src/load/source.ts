// Reads a text file the way every stage needs it: size-checked, strict UTF-8, BOM removed.
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic, SourceText } from '../model.js';
import { IopError } from '../errors.js';
import { fsErrorReason } from '../io/fs-errors.js';
import { computeLineStarts, positionAt } from './positions.js';
import type { PseudoId } from '../diagnostic-ids.js';

/** Larger files are refused: no real agreement comes near this. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false });

export type ReadResult = { ok: true; source: SourceText } | { ok: false; diagnostic: Diagnostic };

function fileDiagnostic(file: string, ruleId: PseudoId, message: string, line = 1, column = 1): Diagnostic {
  return { ruleId, severity: 'error', message, file, line, column, endLine: line, endColumn: column };
}

/** Bytes that are not valid UTF-8, with the text as a lenient decoder reads it. */
class InvalidUtf8 extends Error {
  constructor(readonly lenient: string) {
    super('invalid UTF-8');
  }
}

/** The bytes as UTF-8 text, strictly (TextDecoder drops one byte order mark); InvalidUtf8 when they are not. */
function strictText(bytes: Buffer): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InvalidUtf8(lenientDecoder.decode(bytes));
  }
}

/** Reads a source file; problems with its content become diagnostics, an unreadable file an IopError. */
export function readSource(file: string): ReadResult {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new IopError(`'${file}' är ingen vanlig fil.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof IopError) throw error;
    throw new IopError(`Kan inte läsa '${file}': ${describeFsError(error)}.`);
  }
  if (size > MAX_SOURCE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1).replace('.', ',');
    return {
      ok: false,
      diagnostic: fileDiagnostic(file, 'fil/storlek', `Filen är ${mb} MB. Högst ${MAX_SOURCE_BYTES / 1024 / 1024} MB tillåts för en källfil.`),
    };
  }
  // Read as text by Node itself (decoded as it reads, with no buffer in between): every invalid
  // sequence becomes U+FFFD, and only then are the bytes read and given to the strict decoder (the
  // file may also hold a U+FFFD of its own).
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
    if (text.includes('\uFFFD')) text = strictText(readFileSync(file));
    // As TextDecoder does: one byte order mark is not part of the text.
    else if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch (error) {
    if (error instanceof InvalidUtf8) {
      const pos = positionAt(computeLineStarts(error.lenient), Math.max(error.lenient.indexOf('\uFFFD'), 0));
      return {
        ok: false,
        diagnostic: fileDiagnostic(file, 'fil/kodning', 'Filen är inte giltig UTF-8. Spara den som UTF-8 (utan konvertering till t.ex. Windows-1252).', pos.line, pos.column),
      };
    }
    throw new IopError(`Kan inte läsa '${file}': ${describeFsError(error)}.`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const pos = positionAt(computeLineStarts(text), nul);
    return {
      ok: false,
      diagnostic: fileDiagnostic(file, 'fil/kodning', 'Filen innehåller NUL-tecken och ser ut att vara binärdata, inte text.', pos.line, pos.column),
    };
  }
  return { ok: true, source: { file, text, lineStarts: computeLineStarts(text) } };
}

/** Why reading failed, in Swedish. */
export function describeFsError(error: unknown): string {
  return fsErrorReason(error, 'read');
}
