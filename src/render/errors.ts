// A problem in one ärende's sources found while rendering (e.g. a Handlebars path that does not exist).
import type { Diagnostic } from '../model.js';
import type { PseudoId } from '../diagnostic-ids.js';

export class RenderError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly ruleId: PseudoId = 'mall/uttryck',
  ) {
    super(message);
    this.name = 'RenderError';
  }

  toDiagnostic(): Diagnostic {
    return { ruleId: this.ruleId, severity: 'error', message: this.message, file: this.file, line: this.line, column: this.column, endLine: this.line, endColumn: this.column + 1 };
  }
}
