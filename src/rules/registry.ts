// Every diagnostic id a user can meet, in one list: the rules (configurable in iop.config.yaml)
// and the ids of the stages before and after them (src/diagnostic-ids.ts). docs/regler.md, the
// SARIF rule list and the check of iop.config.yaml's rule names are all made from it.
import { PSEUDO_DIAGNOSTICS, type PseudoId } from '../diagnostic-ids.js';
import type { Severity } from '../model.js';
import { RULES } from './index.js';
import type { RuleMeta } from './types.js';

export interface DiagnosticKind {
  id: string;
  severity: Severity;
  description: string;
  explanation: string;
  /** The rule's meta; undefined for the ids that no setting in iop.config.yaml can change. */
  rule?: RuleMeta;
}

export const PSEUDO_KINDS: readonly DiagnosticKind[] = (Object.entries(PSEUDO_DIAGNOSTICS) as Array<[PseudoId, (typeof PSEUDO_DIAGNOSTICS)[PseudoId]]>).map(([id, kind]) => ({
  id,
  severity: 'error',
  description: kind.description,
  explanation: kind.explanation,
}));

export const DIAGNOSTIC_KINDS: readonly DiagnosticKind[] = [
  ...RULES.map((rule) => ({ id: rule.meta.id, severity: rule.meta.severity, description: rule.meta.description, explanation: rule.meta.explanation, rule: rule.meta })),
  ...PSEUDO_KINDS,
];

export function isPseudoId(id: string): id is PseudoId {
  return Object.hasOwn(PSEUDO_DIAGNOSTICS, id);
}
