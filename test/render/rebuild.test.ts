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
    // A first build finds where the headings fall in the loaded page's layout, then prints once in full.
    expect(firstAvtal.laidOut).toBe(true);
    expect(firstAvtal.measured).toBe(false);
    expect(firstAvtal.passes).toBe(1);
    const bytes = readFileSync(firstAvtal.pdf);

    const second = await build([example], { out: temp.dir, cwd: ROOT });
    const secondAvtal = second.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
    expect(secondAvtal.measured).toBe(false);
    expect(secondAvtal.laidOut).toBe(false);
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

describe('the table of contents\' page numbers written into the loaded page', () => {
  const toc = (...pages: string[]): string => `<html><head><title>T</title></head><body><nav class="innehall"><ol>${pages.map((p, i) => `<li><span class="rubrik">${i + 1} Avsnitt</span><span class="sida">${p}</span></li>`).join('')}</ol></nav><h2 id="a">A</h2></body></html>`;

  it('are written in place when they are all that differs', async () => {
    const { pageNumberPatch } = await import('../../src/render/pdf.js');
    expect(pageNumberPatch(toc('&#8199;&#8199;', '&#8199;&#8199;'), toc('2', '3'))).toEqual({ before: ['&#8199;&#8199;', '&#8199;&#8199;'], after: ['2', '3'] });
  });

  it('make the document load again when anything else differs, or when the layout writes its numbers otherwise', async () => {
    const { pageNumberPatch } = await import('../../src/render/pdf.js');
    // A heading changed too.
    expect(pageNumberPatch(toc('1', '2'), toc('2', '3').replace('<h2 id="a">A</h2>', '<h2 id="a">B</h2>'))).toBeUndefined();
    // Another number of entries.
    expect(pageNumberPatch(toc('1', '2'), toc('1', '2', '3'))).toBeUndefined();
    // A layout of the repository's own, without <span class="sida">.
    expect(pageNumberPatch('<p>Sida 1</p>', '<p>Sida 2</p>')).toBeUndefined();
  });

  it('load the agreement once in a first build that measures with a headings-only print, and give the bytes a fresh load of the numbered document gives', async () => {
    const out = tempDir('iop-en-laddning-');
    try {
      // A repository's own stylesheet with a first page of its own, whose layout layout-pages.ts does not lay out.
      const { cpSync, writeFileSync } = await import('node:fs');
      const example = join(out.dir, 'arende');
      cpSync(join(ROOT, 'examples/frivilligcentral'), example, { recursive: true });
      writeFileSync(join(out.dir, 'iop.config.yaml'), 'stilmall: egen.css\n');
      writeFileSync(join(out.dir, 'egen.css'), `${readFileSync(join(ROOT, 'templates/print.css'), 'utf8')}\n@page :first { margin-top: 40mm; }\n`);
      const first = await build([example], { out: join(out.dir, 'ut'), cwd: out.dir });
      const avtal = first.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
      expect(avtal.measured).toBe(true);
      expect(avtal.laidOut).toBe(false);
      expect(avtal.loads).toBe(1);
      const pdf = await readPdf(avtal.pdf);
      // Nothing of the measuring print stays: the body text is there, not only the headings.
      expect(pdf.text).toContain('Parter');
      expect(pdf.text.length).toBeGreaterThan(2000);
      // A rebuild loads the numbered document afresh (its numbers guessed from this PDF) and prints the same bytes.
      const again = await build([example], { out: join(out.dir, 'ut'), cwd: out.dir });
      const rebuilt = again.arenden[0]!.files.find((f) => f.kind === 'avtal')!;
      expect(rebuilt.measured).toBe(false);
      expect(Buffer.compare(readFileSync(rebuilt.pdf), readFileSync(avtal.pdf))).toBe(0);
    } finally {
      out.cleanup();
    }
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
