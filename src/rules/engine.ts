// Runs every rule on an ärende, applies severities from iop.config.yaml and maps places to lines.
import type { Diagnostic, RelatedLocation, Severity, ValidArende } from '../model.js';
import { locatePointer } from '../load/yaml.js';
import { positionAt } from '../load/positions.js';
import type { Place, Problem, Rule, RuleMeta } from './types.js';
import { todayIso } from '../calendar/today.js';

export interface RunOptions {
  today?: string;
  reminderDays?: number;
}

export const DEFAULT_REMINDER_DAYS = 60;

export function formatMessage(meta: RuleMeta, messageId: string, values: Record<string, string | number> = {}): string {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`Rule ${meta.id} has no message '${messageId}'`);
  return template.replace(/\{([\p{L}\d_]+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

interface Span {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function placeSpan(arende: ValidArende, at: Place): Span {
  if (!('file' in at)) {
    const range = locatePointer(arende.yaml, at.path, at.key ? 'key' : 'value');
    const from = positionAt(arende.yaml.lineStarts, range.start);
    const to = positionAt(arende.yaml.lineStarts, Math.max(range.start, range.end));
    return { file: arende.yaml.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
  const from = positionAt(at.file.lineStarts, at.offset);
  const to = positionAt(at.file.lineStarts, at.offset + Math.max(0, at.length));
  return { file: at.file.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

function severityFor(meta: RuleMeta, arende: ValidArende): Severity | 'off' {
  return arende.config.regler[meta.id] ?? meta.severity;
}

export function runRules(arende: ValidArende, rules: readonly Rule[], options: RunOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const today = options.today ?? todayIso();
  const reminderDays = options.reminderDays ?? arende.config.påminnelse_dagar ?? DEFAULT_REMINDER_DAYS;
  const reported = new Set<string>();
  for (const rule of runOrder(rules)) {
    const severity = severityFor(rule.meta, arende);
    if (severity === 'off') continue;
    if (rule.meta.needs?.some((id) => reported.has(id))) continue;
    const report = (problem: Problem): void => {
      reported.add(rule.meta.id);
      diagnostics.push(toDiagnostic(arende, rule.meta, severity, problem));
    };
    try {
      rule.check({ arende, data: arende.data, today, reminderDays, report });
    } catch (error) {
      // A rule that fails on unexpected data must not hide the other rules' findings.
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: 'error',
        message: `Regeln kunde inte köras på det här ärendet (${error instanceof Error ? error.message : String(error)}).`,
        file: arende.yaml.file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      });
    }
  }
  return diagnostics;
}

const ordered = new WeakMap<readonly Rule[], Rule[]>();

/** The rules in their listed order, except that a rule another one needs runs before it. */
function runOrder(rules: readonly Rule[]): Rule[] {
  let order = ordered.get(rules);
  if (order) return order;
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const placed = new Set<Rule>();
  order = [];
  const place = (rule: Rule): void => {
    if (placed.has(rule)) return;
    placed.add(rule);
    for (const id of rule.meta.needs ?? []) {
      const needed = byId.get(id);
      if (needed) place(needed);
    }
    order.push(rule);
  };
  rules.forEach(place);
  ordered.set(rules, order);
  return order;
}

function toDiagnostic(arende: ValidArende, meta: RuleMeta, severity: Severity, problem: Problem): Diagnostic {
  const span = placeSpan(arende, problem.at);
  const diagnostic: Diagnostic = {
    ruleId: meta.id,
    severity,
    message: formatMessage(meta, problem.messageId, problem.values),
    ...span,
  };
  if (problem.at.path !== undefined) diagnostic.path = problem.at.path;
  if (problem.related && problem.related.length > 0) {
    diagnostic.related = problem.related.map((related): RelatedLocation => {
      const at = placeSpan(arende, related.at);
      return { file: at.file, line: at.line, column: at.column, message: formatMessage(meta, related.messageId, related.values) };
    });
  }
  return diagnostic;
}
