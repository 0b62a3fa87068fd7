// Every rule, in the order they run and are listed.
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [];

export type { Rule, RuleMeta, RuleContext, Problem, Place } from './types.js';
