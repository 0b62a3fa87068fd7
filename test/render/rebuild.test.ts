import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../../src/build/build.js';
import { ROOT, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';

const temp = tempDir('iop-rebuild-');
afterAll(temp.cleanup);

describe('a rebuild over an earlier PDF', () => {
  it('prints the agreement once, using and confirming the earlier table of contents, with identical bytes', async () => {
    const example = join(ROOT, 'test/fixtures/navet-kpi');
    const first = await build([example], { out: temp.dir, cwd: ROOT });
    const firstAvtal = first.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
    // A first build measures where the headings fall with a headings-only print, then prints once in full.
    expect(firstAvtal.measured).toBe(true);
    expect(firstAvtal.passes).toBe(1);
    const bytes = readFileSync(firstAvtal.pdf);

    const second = await build([example], { out: temp.dir, cwd: ROOT });
    const secondAvtal = second.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
    expect(secondAvtal.measured).toBe(false);
    expect(secondAvtal.passes).toBe(1);
    expect(Buffer.compare(readFileSync(secondAvtal.pdf), bytes)).toBe(0);
  });

  it('finds the page numbers again when the earlier PDF no longer fits the sources', async () => {
    const other = tempDir('iop-rebuild-other-');
    try {
      // An earlier build of another agreement stands where this one is written.
      const first = await build([join(ROOT, 'examples/frivilligcentral')], { out: other.dir, cwd: ROOT });
      const { renameSync } = await import('node:fs');
      renameSync(join(other.dir, 'frivilligcentral'), join(other.dir, 'navet-kpi'));
      expect(first.ok).toBe(true);
      const rebuilt = await build([join(ROOT, 'test/fixtures/navet-kpi')], { out: other.dir, cwd: ROOT });
      const avtal = rebuilt.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
      expect(avtal.passes).toBeGreaterThanOrEqual(2);
      const fresh = await build([join(ROOT, 'test/fixtures/navet-kpi')], { out: join(other.dir, 'ny'), cwd: ROOT });
      const freshAvtal = fresh.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
      expect(Buffer.compare(readFileSync(avtal.pdf), readFileSync(freshAvtal.pdf))).toBe(0);
    } finally {
      other.cleanup();
    }
  });
});

describe('the bytes of a PDF do not depend on what the browser printed before', () => {
  it('gives an agreement built alone the same bytes as when it follows another in a batch', async () => {
    const alone = tempDir('iop-ensam-');
    const batch = tempDir('iop-batch-');
    try {
      await build([join(ROOT, 'examples/navet')], { out: alone.dir, cwd: ROOT });
      await build([join(ROOT, 'examples/frivilligcentral'), join(ROOT, 'examples/navet')], { out: batch.dir, cwd: ROOT, pages: 1 });
      for (const name of ['avtal.pdf', 'tjansteutlatande.pdf']) {
        expect(Buffer.compare(readFileSync(join(batch.dir, 'navet', name)), readFileSync(join(alone.dir, 'navet', name))), name).toBe(0);
      }
    } finally {
      alone.cleanup();
      batch.cleanup();
    }
  });
});

describe('the headings-only print that measures the table of contents', () => {
  it('hides everything but the headings, and keeps the document otherwise as it is', async () => {
    const { headingsOnly } = await import('../../src/render/pdf.js');
    const html = '<html><head><title>T</title></head><body><h2 id="a">A</h2><p>text</p></body></html>';
    const measured = headingsOnly(html);
    expect(measured).toMatch(/<title>T<\/title><style>body \*\{visibility:hidden!important\}h1,[^<]*\{visibility:visible!important\}<\/style><\/head>/);
    expect(measured.replace(/<style>[^<]*<\/style>/, '')).toBe(html);
    expect(headingsOnly('<h1>x</h1>')).toMatch(/^<style>.*<\/style><h1>x<\/h1>$/);
  });
});

describe('an agreement whose layout prints no table of contents', () => {
  it('is printed once, with no measuring print', async () => {
    const { cpSync, mkdirSync, writeFileSync } = await import('node:fs');
    const repo = tempDir('iop-utan-innehall-');
    try {
      const dir = join(repo.dir, 'arende');
      cpSync(join(ROOT, 'examples/frivilligcentral'), dir, { recursive: true });
      mkdirSync(join(repo.dir, 'mallar'));
      writeFileSync(join(repo.dir, 'iop.config.yaml'), 'mallar: mallar/\n');
      // The repository's own layout: the sections, without the table of contents.
      writeFileSync(
        join(repo.dir, 'mallar', 'avtal.hbs'),
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>{{titel}}</title><style>{{{css}}}</style></head><body><h1>{{titel}}</h1>{{#each avsnitt}}<h2 id="{{id}}">{{titel}}</h2>{{{html}}}{{/each}}</body></html>',
      );
      const result = await build([dir], { out: join(repo.dir, 'ut'), cwd: repo.dir });
      expect(result.ok).toBe(true);
      const avtal = result.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
      expect(avtal.measured).toBe(false);
      expect(avtal.passes).toBe(1);
      expect((await readPdf(avtal.pdf)).text).toContain('Parter');
    } finally {
      repo.cleanup();
    }
  });
});
