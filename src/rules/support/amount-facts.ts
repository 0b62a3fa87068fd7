// Shared check: every amount in prose is one the data knows. Each rule that uses it defines the
// message ids 'okänt' and 'närmast'.
import { findAmounts } from '../../text/facts.js';
import { formatBelopp } from '../../text/format.js';
import type { RuleContext } from '../types.js';
import { knownAmounts, nearestAmount } from './money.js';
import { dataWithout, maskedText, type ProseSegment } from './prose.js';

/** Every amount ends in a unit: kr, kronor, skr, tkr, mkr, mnkr, sek, msek … all hold "kr" or "sek", or it ends in ":-". */
const UNITS = /kr|sek|:-/giu;

export function checkAmountFacts(context: RuleContext, segments: ProseSegment[]): void {
  const known = knownAmounts(context.data);
  if (known.length === 0) return;
  const values = new Set(known.map((amount) => amount.value));
  const quiet = dataWithout(context.arende, UNITS);
  for (const segment of segments) {
    if (quiet(segment)) continue;
    for (const amount of findAmounts(maskedText(segment))) {
      // A price per unit ("1 600 kr per kvadratmeter") is no amount of the financing.
      if (values.has(amount.value) || amount.perUnit !== undefined) continue;
      const nearest = nearestAmount(known, amount.value)!;
      context.report({
        messageId: 'okänt',
        values: { belopp: formatBelopp(amount.value), närmast: formatBelopp(nearest.value), vad: nearest.label },
        at: segment.place(amount.offset, amount.length),
        related: [{ at: { path: nearest.path }, messageId: 'närmast', values: { belopp: formatBelopp(nearest.value), vad: nearest.label } }],
      });
    }
  }
}
