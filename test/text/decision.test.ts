// The decision points of the tjänsteutlåtande: iop writes the first one, the approval of the
// agreement, only when the data does not. A beslutspunkt that approves the agreement itself used
// to be printed after the generated approval: the same point twice.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { renderHtml } from '../../src/render/html.js';
import { approvesAgreement } from '../../src/text/decision.js';
import { ROOT, tempDir } from '../helpers/cli.js';

const tmp = tempDir('iop-beslut-');
afterAll(() => tmp.cleanup());

const OWN_POINT = '    - Uppdra åt förvaltningsdirektören att underteckna överenskommelsen med {{part "laxhjalpen" "kortnamn"}}.\n';

/** The beslutspunkter of the rendered tjänsteutlåtande, as text. */
function pointsWith(name: string, beslutspunkter: string): string[] {
  const dir = join(tmp.dir, name);
  cpSync(join(ROOT, 'test/fixtures/render-minimal'), dir, { recursive: true });
  const file = join(dir, 'iop.yaml');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(OWN_POINT)) throw new Error('render-minimal har inte den väntade beslutspunkten');
  writeFileSync(file, text.replace(OWN_POINT, beslutspunkter));
  const [checked] = check([dir]).arenden;
  if (!checked?.valid) throw new Error('ärendet ska följa schemat');
  const tu = renderHtml(checked.arende as ValidArende).find((doc) => doc.kind === 'tjansteutlatande')!;
  const list = /<ol class="beslutspunkter">([\s\S]*?)<\/ol>/.exec(tu.html)?.[1] ?? '';
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
}

describe('beslutspunkter', () => {
  it('iop writes the approval first when no point of the data approves the agreement', () => {
    const points = pointsWith('genererad', OWN_POINT);
    expect(points).toHaveLength(2);
    expect(points[0]).toMatch(/^Godkänna överenskommelsen om idéburet offentligt partnerskap mellan /);
    expect(points[1]).toBe('Uppdra åt förvaltningsdirektören att underteckna överenskommelsen med Läxhjälpen.');
  });

  it('a beslutspunkt that approves the agreement is printed once, in its place, with no generated approval', () => {
    const own = '    - Godkänna överenskommelsen om läxhjälp i Kvarnby mellan Föreningen Läxhjälpen i Kvarnby och Kultur- och fritidsnämnden.\n';
    const points = pointsWith('egen', own + OWN_POINT);
    expect(points).toEqual([
      'Godkänna överenskommelsen om läxhjälp i Kvarnby mellan Föreningen Läxhjälpen i Kvarnby och Kultur- och fritidsnämnden.',
      'Uppdra åt förvaltningsdirektören att underteckna överenskommelsen med Läxhjälpen.',
    ]);
  });

  it('knows an approval of the agreement in the ways it is written', () => {
    for (const text of ['Godkänna överenskommelsen om idéburet offentligt partnerskap', 'Att godkänna avtalet med föreningen', 'Nämnden godkänner partnerskapet', 'godkänna IOP:n']) {
      expect(approvesAgreement(text), text).toBe(true);
    }
    for (const text of ['Uppdra åt förvaltningsdirektören att underteckna överenskommelsen', 'Förklara beslutet omedelbart justerat', 'Godkänna budgeten.']) {
      expect(approvesAgreement(text), text).toBe(false);
    }
  });
});
