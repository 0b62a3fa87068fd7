// What a rule is: data (meta) plus one pure function that reports problems by place.
import type { IopData, MarkdownSource, Severity, ValidArende } from '../model.js';

export interface RuleMeta {
  /** E.g. 'finansiering/summa'. */
  id: string;
  /** Default severity; iop.config.yaml may change it or turn the rule off. */
  severity: Severity;
  /** One Swedish line for `iop rules`. */
  description: string;
  /** A longer Swedish explanation for the rule reference. */
  explanation: string;
  /** A YAML or Markdown excerpt that passes and one that fails, for the rule reference. */
  examples: { passing: string; failing: string };
  /**
   * A warning while writing, but a final build refuses it: e.g. placeholders, which are fine in a
   * draft (`iop init` writes them) and never in a document that is to be signed.
   */
  blocksFinalBuild?: boolean;
  /**
   * Rules whose findings make this one's meaningless: when one of them reports a problem, this rule
   * is not run. A term that ends before it starts is one error, not also every date measured
   * against it (avtalstid/ordning before the rules that compare dates with the term).
   */
  needs?: readonly string[];
  /** Message templates by id; `{name}` is replaced by the report's values. */
  messages: Record<string, string>;
}

/**
 * A place in the data (JSON pointer into iop.yaml) or a span of a text file. A span inside a
 * string of iop.yaml carries that string's JSON pointer too, so the diagnostic names both.
 */
export type Place =
  | { path: string; key?: boolean }
  | { file: MarkdownSource; offset: number; length: number; path?: string };

export interface RelatedProblem {
  at: Place;
  messageId: string;
  values?: Record<string, string | number>;
}

export interface Problem {
  messageId: string;
  values?: Record<string, string | number>;
  at: Place;
  /** Other places involved, e.g. the agreement's value that the tjänsteutlåtande contradicts. */
  related?: RelatedProblem[];
}

export interface RuleContext {
  arende: ValidArende;
  data: IopData;
  /** Today's date (ISO), injectable for tests of deadline rules. */
  today: string;
  /** Days before a deadline that reminders start (from iop.config.yaml). */
  reminderDays: number;
  report(problem: Problem): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
