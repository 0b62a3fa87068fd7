// The one decision of a build: which ärenden may be printed, and how. Made once, from the check's
// result and the config files it read; the renderer only renders what this allows.
import type { CheckedArende } from '../check.js';
import type { Diagnostic, IopConfig } from '../model.js';
import { blocksFinalBuild, RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';

/** Why an ärende is not printed. */
export type Refusal =
  /** Errors (or placeholders) in the ärende, and no --utkast. */
  | 'fel'
  /** iop.yaml breaks the schema, and not even a draft can be made of it. */
  | 'ogiltig'
  /** The iop.config.yaml the ärende uses has errors, and no --utkast. */
  | 'konfiguration';

export interface Decision {
  /** Undefined when the ärende may be printed. */
  refused?: Refusal;
  /** Printed as a draft (every page marked UTKAST). */
  draft: boolean;
  /**
   * Rules that are errors by default (or stop a final build) and that the config lowered to a
   * warning or switched off. A final build names them on stderr and in the PDF's metadata.
   */
  lowered: LoweredRule[];
}

export interface LoweredRule {
  id: string;
  /** What the config set: 'warning' or 'off'. */
  setting: 'warning' | 'off';
}

/** The rules a config lowered below what they are by default for a final build. */
export function loweredRules(config: IopConfig, rules: readonly Rule[] = RULES): LoweredRule[] {
  const lowered: LoweredRule[] = [];
  for (const rule of rules) {
    const setting = config.regler[rule.meta.id];
    const strict = rule.meta.severity === 'error' || rule.meta.blocksFinalBuild === true;
    if (!strict || setting === undefined || setting === 'error') continue;
    // A warning that stops a final build anyway (placeholders) is lowered only when switched off.
    if (setting === 'warning' && rule.meta.severity !== 'error') continue;
    lowered.push({ id: rule.meta.id, setting });
  }
  return lowered;
}

/**
 * Whether `checked` may be printed: a final build only when `iop check` with the same config
 * reports no error for the ärende nor for the config it uses; a draft (--utkast) whenever there
 * is data to print, even data the schema rejects (the part of it that passes).
 */
export function decide(checked: CheckedArende, configDiagnostics: readonly Diagnostic[], utkast: boolean, rules: readonly Rule[] = RULES): Decision {
  const printable = checked.valid || (utkast && checked.draft !== undefined);
  const lowered = loweredRules(checked.arende.config, rules);
  if (!printable) return { refused: 'ogiltig', draft: utkast, lowered };
  if (utkast) return { draft: true, lowered };
  if (checked.diagnostics.some(blocksFinalBuild)) return { refused: 'fel', draft: false, lowered };
  const configFile = checked.arende.config.file;
  if (configFile !== undefined && configDiagnostics.some((d) => d.file === configFile && d.severity === 'error')) return { refused: 'konfiguration', draft: false, lowered };
  return { draft: false, lowered };
}
