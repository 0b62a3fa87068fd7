import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { reliabilityDoc } from './reliability-doc.js';

const DOC = join(ROOT, 'docs', 'tillforlitlighet.md');

describe('docs/tillforlitlighet.md', () => {
  it('lists every hostile input and fault that the tests try', () => {
    const expected = reliabilityDoc();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
    expect(existsSync(DOC) ? readFileSync(DOC, 'utf8') : '', 'run UPDATE_DOCS=1 npx vitest run test/hostile').toBe(expected);
  });
});
