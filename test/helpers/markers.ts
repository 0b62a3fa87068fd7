// Whether `check` understands {{> block}} markers in avtal.md (branch `blocks`). Until it does it
// reports each marker as an unknown helper, and tests that build or check the Navet example clean
// are skipped rather than failing for that reason alone.
import { join } from 'node:path';
import { check } from '../../src/index.js';
import { ROOT } from './cli.js';

export const markersUnderstood = !check([join(ROOT, 'examples', 'navet')], { today: '2024-02-01' }).diagnostics.some((d) => d.ruleId === 'text/referenser' && d.message.includes('>'));
