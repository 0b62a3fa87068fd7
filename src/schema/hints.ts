// The common mistakes in iop.yaml, each answered with the fix ("skriv 846005-8327") instead of
// only what is wrong ("ska vara en text"). describe() in validate.ts asks here first.
import type { ErrorObject } from 'ajv';

export interface Hint {
  ruleId: string;
  message: string;
}

/** A place that holds an amount in kronor: by its name, or by the schema's title. */
export function isAmount(error: ErrorObject): boolean {
  const title = (error.parentSchema as { title?: string } | undefined)?.title ?? '';
  return /belopp|totalt|per_år/i.test(error.instancePath) || /belopp/i.test(title);
}

const TYPE_KEYWORDS = new Set(['type', 'oneOf', 'anyOf']);

/** The fix for a value of the wrong kind, when the mistake is a common one. */
export function commonMistake(error: ErrorObject, field: string): Hint | undefined {
  if (!TYPE_KEYWORDS.has(error.keyword)) return undefined;
  const value = error.data;
  if (isAmount(error) && typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) {
    return { ruleId: 'schema/typ', message: `'${value}' i '${field}' har öre. Belopp skrivs i hela kronor: skriv ${Math.round(value)}.` };
  }
  return undefined;
}
