import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

const temp = tempDir('iop-15-');
afterAll(temp.cleanup);

interface Party {
  namn: string;
  firmatecknare: { namn: string; titel: string };
}

const FIXTURE = join(ROOT, 'test/fixtures/femton-parter');
const parties = (parse(readFileSync(join(FIXTURE, 'iop.yaml'), 'utf8')) as { parter: Party[] }).parter;

async function pageTexts(pdf: string): Promise<string[]> {
  return (await readPdf(pdf)).pages.map((page) => page.replace(/\s+/g, ' '));
}

describe('an agreement with fifteen parties', () => {
  let pages: string[] = [];

  beforeAll(async () => {
    const result = runCli(['build', FIXTURE, '--out', temp.dir]);
    expect(result.code, result.stderr).toBe(0);
    pages = await pageTexts(join(temp.dir, 'femton-parter', 'avtal.pdf'));
  });

  it('states fifteen originals, computed from the signing parties', () => {
    expect(parties).toHaveLength(15);
    expect(pages.join(' ')).toContain('upprättad i femton (15) likalydande exemplar');
  });

  it('gives every party a signature block that is never split across pages', () => {
    for (const party of parties) {
      const page = pages.findIndex((text) => text.includes(`För ${party.namn}`));
      expect(page, party.namn).toBeGreaterThanOrEqual(0);
      expect(pages[page], `${party.namn}: the signatory must be on the same page`).toContain(party.firmatecknare.namn);
      expect(pages[page]).toContain(party.firmatecknare.titel);
    }
  });

  it('numbers every page "Sida x av y"', () => {
    pages.forEach((text, i) => expect(text).toContain(`Sida ${i + 1} av ${pages.length}`));
  });
});
