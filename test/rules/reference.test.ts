// docs/regler.md is generated from the rules' meta; regenerate with `npm run docs:regler`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { ruleReference } from '../../src/rules/reference.js';

describe('regelreferensen', () => {
  it('docs/regler.md är aktuell (kör npm run docs:regler)', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'regler.md'), 'utf8');
    expect(file).toBe(ruleReference(RULES));
  });

  it('varje regel har beskrivning, förklaring, exempel och meddelanden', () => {
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(/^[a-zåäö]+\/[a-zåäö-]+$/);
      expect(meta.description.endsWith('.')).toBe(true);
      expect(meta.explanation.length).toBeGreaterThan(80);
      expect(meta.examples.passing).not.toBe(meta.examples.failing);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    }
  });
});
