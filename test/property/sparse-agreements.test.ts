// Agreements that leave out what the examples state: any set of optional fields of the bundled
// examples is removed (as long as the schema still holds), and the documents are rendered. A
// missing fact must leave no trace: no label without its value, no "undefined", and no crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import type { ValidArende } from '../../src/model.js';
import { avtalDocument, hasTjansteutlatande, tjansteutlatandeDocument, type DocumentInput } from '../../src/render/document.js';
import { RenderError } from '../../src/render/errors.js';
import { loadTemplates } from '../../src/render/templates.js';
import { validatorFor } from '../../src/schema/validate.js';
import { ROOT } from '../helpers/cli.js';
import { labelsAlone } from '../helpers/labels.js';
import { keyPaths, without } from '../helpers/sparse.js';

const validate = validatorFor('iop');

describe('an agreement with any optional fields left out', () => {
  for (const example of ['navet', 'frivilligcentral', 'vastra-aby']) {
    it(`${example}: prints no label without its value, and renders`, () => {
      const [checked] = check([join(ROOT, 'examples', example)]).arenden;
      expect(checked?.valid).toBe(true);
      const arende = checked!.arende as ValidArende;
      const templates = loadTemplates(arende.config);
      const paths = keyPaths(arende.data);
      let rendered = 0;
      fc.assert(
        fc.property(fc.subarray(paths, { minLength: 1, maxLength: 12 }), (removed) => {
          const data = without(arende.data, removed);
          if (!validate(structuredClone(data))) return;
          const input: DocumentInput = { arende: { ...arende, data }, templates, fingerprint: '0123456789ab', utkast: false };
          let docs;
          try {
            docs = [avtalDocument(input), ...(hasTjansteutlatande(input.arende) ? [tjansteutlatandeDocument(input)] : [])];
          } catch (error) {
            // The agreement's own text names a field that is gone: a diagnostic, not a document.
            if (error instanceof RenderError) return;
            throw error;
          }
          rendered++;
          const problems = docs.flatMap((doc) => [doc.html, doc.headerTemplate, doc.footerTemplate, doc.marginCss ?? ''].flatMap(labelsAlone).map((text) => `${doc.kind}: ${JSON.stringify(text)}`));
          expect(problems, `utan ${removed.map((p) => p.join('.')).join(', ')}`).toEqual([]);
        }),
        { numRuns: 200, seed: 20261202 },
      );
      expect(rendered).toBeGreaterThan(10);
    }, 120_000);
  }
});
