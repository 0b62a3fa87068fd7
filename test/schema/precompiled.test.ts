import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compile, validatorFor } from '../../src/schema/validate.js';
import { ROOT } from '../helpers/cli.js';

describe('the precompiled schema validator', () => {
  it('is the one in use, made from the schema as it is now (npm run build makes it)', () => {
    const schemaHash = createHash('sha256').update(readFileSync(join(ROOT, 'schemas/iop.schema.json'), 'utf8')).digest('hex');
    expect((validatorFor('iop') as unknown as { schemaHash?: string }).schemaHash).toBe(schemaHash);
  });

  it('finds exactly the errors a freshly compiled validator finds', () => {
    const broken = readFileSync(join(ROOT, 'examples/navet/iop.yaml'), 'utf8')
      .replace('sektor: idéburen', 'sektor: ideell')
      .replace('per_år: 875000', 'per_år: "875 000 kr"')
      .replace('start: 2024-03-01', 'start: 2024-02-30')
      .replace('diarienummer:', 'diarienumer:');
    const data = parse(broken);
    const fresh = compile('iop');
    const pre = validatorFor('iop');
    expect(fresh(data)).toBe(false);
    expect(pre(data)).toBe(false);
    const strip = (errors: typeof fresh.errors) => (errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
    expect(strip(pre.errors)).toEqual(strip(fresh.errors));
    expect(pre.errors!.length).toBeGreaterThanOrEqual(4);
  });
});
