// On Linux the browser gets the running header's font as a system font (header-font-config.ts): the
// same face as the web font elsewhere, set up once per browser instead of once per printed page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { headerFontAsSystemFont, installHeaderFont } from '../../src/render/header-font-config.js';
import { headerFontName, headerFontSfnt } from '../../src/render/fonts.js';
import { sfntFromWoff } from '../../src/render/woff.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { embeddedFonts, readPdf } from '../helpers/pdf.js';

const temp = tempDir('iop-header-font-');
afterAll(temp.cleanup);

/** Tag → bytes of each table of a plain font file. */
function sfntTables(sfnt: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const entry = 12 + i * 16;
    const offset = sfnt.readUInt32BE(entry + 8);
    tables.set(sfnt.toString('latin1', entry, entry + 4), sfnt.subarray(offset, offset + sfnt.readUInt32BE(entry + 12)));
  }
  return tables;
}

/** Tag → uncompressed bytes of each table of a WOFF 1.0 file, read independently of woff.ts. */
function woffTables(woff: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const entry = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    tables.set(woff.toString('latin1', entry, entry + 4), compressed < length ? inflateSync(raw) : raw);
  }
  return tables;
}

const HEADER_WOFF = join(import.meta.dirname, '..', '..', 'node_modules', '@fontsource', 'source-sans-3', 'files', 'source-sans-3-latin-400-normal.woff');

describe('sfntFromWoff', () => {
  it('gives the font file the WOFF wraps: every table, uncompressed, in tag order, 4-byte aligned', () => {
    const woff = readFileSync(HEADER_WOFF);
    const sfnt = sfntFromWoff(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    // The WOFF header records the size of the font it was made from.
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
    const expected = woffTables(woff);
    const found = sfntTables(sfnt);
    expect([...found.keys()]).toEqual([...expected.keys()].sort());
    for (const [tag, bytes] of expected) expect(found.get(tag)?.equals(bytes), tag).toBe(true);
    for (let i = 0; i < found.size; i++) expect(sfnt.readUInt32BE(12 + i * 16 + 8) % 4).toBe(0);
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => sfntFromWoff(sfntFromWoff(readFileSync(HEADER_WOFF)))).toThrow('not a WOFF 1.0 file');
    expect(() => sfntFromWoff(Buffer.alloc(10))).toThrow('not a WOFF 1.0 file');
  });
});

describe('installHeaderFont', () => {
  it('adds the font to the fonts the browser would have had: the user’s fontconfig file, the package’s, or the system’s', () => {
    const cases: Array<[NodeJS.ProcessEnv, string]> = [
      [{ FONTCONFIG_FILE: '/home/anna/fonts.conf', FONTCONFIG_PATH: '/opt/fonts' }, '/home/anna/fonts.conf'],
      [{ FONTCONFIG_PATH: '/opt/fonts' }, '/opt/fonts/fonts.conf'],
      [{}, '/etc/fonts/fonts.conf'],
    ];
    cases.forEach(([env, base], i) => {
      const dir = join(temp.dir, `base-${i}`);
      const added = installHeaderFont(dir, env);
      expect(added).toEqual({ FONTCONFIG_FILE: join(dir, 'fonts.conf') });
      const config = readFileSync(added.FONTCONFIG_FILE, 'utf8');
      expect(config).toContain(`<include ignore_missing="yes">${base}</include>`);
      expect(config).toContain(`<dir>${join(dir, 'fonts')}</dir>`);
      expect(readFileSync(join(dir, 'fonts', 'iop-sidhuvud.ttf')).equals(headerFontSfnt())).toBe(true);
    });
  });

  it('writes a folder name with XML’s special characters as text', () => {
    const dir = join(temp.dir, 'A & B <arkiv>');
    const config = readFileSync(installHeaderFont(dir, {}).FONTCONFIG_FILE, 'utf8');
    expect(config).toContain('<dir>' + join(temp.dir, 'A &amp; B &lt;arkiv&gt;', 'fonts') + '</dir>');
  });

  it('is used on Linux unless IOP_HEADER_WEB_FONT=1, and never on Windows or macOS', () => {
    expect(headerFontAsSystemFont({}, 'linux')).toBe(true);
    expect(headerFontAsSystemFont({ IOP_HEADER_WEB_FONT: '1' }, 'linux')).toBe(false);
    expect(headerFontAsSystemFont({}, 'win32')).toBe(false);
    expect(headerFontAsSystemFont({}, 'darwin')).toBe(false);
  });
});

/** The header font with another PostScript name: a machine's own "Source Sans 3", told apart in the PDF. */
function impostor(): Buffer {
  const sfnt = Buffer.from(headerFontSfnt());
  const name = sfntTables(sfnt).get('name')!;
  const [real, fake] = [headerFontName(), 'ImpostorSans-Regular'.slice(0, headerFontName().length)];
  let replaced = 0;
  for (const [from, to] of [
    [Buffer.from(real, 'latin1'), Buffer.from(fake, 'latin1')],
    [Buffer.from(real, 'utf16le').swap16(), Buffer.from(fake, 'utf16le').swap16()],
  ] as const) {
    for (let at = name.indexOf(from); at >= 0; at = name.indexOf(from, at + 1)) {
      to.copy(name, at);
      replaced++;
    }
  }
  expect(replaced).toBeGreaterThan(0);
  return sfnt;
}

describe.runIf(process.platform === 'linux')('the header printed with the system font', () => {
  const ARENDE = 'test/fixtures/render-minimal';

  async function headerFonts(env: Record<string, string>, out: string): Promise<{ fonts: string[]; firstPage: string }> {
    // A draft: its running head comes from the templates (a final build prints iop's own in the page margins).
    const result = runCli(['build', ARENDE, '--out', out, '--utkast'], { env });
    expect(result.code, result.stderr).toBe(0);
    const file = join(out, 'render-minimal', 'avtal.pdf');
    return { fonts: await embeddedFonts(file), firstPage: (await readPdf(file)).pages[0]! };
  }

  it('is the same face, with the same text, as the web font', async () => {
    const system = await headerFonts({}, join(temp.dir, 'system'));
    const web = await headerFonts({ IOP_HEADER_WEB_FONT: '1' }, join(temp.dir, 'web'));
    for (const printed of [system, web]) {
      expect(printed.fonts).toContain(headerFontName());
      for (const font of printed.fonts) expect(font).toMatch(/^SourceSans3/);
    }
    expect(system.firstPage).toBe(web.firstPage);
  });

  it('is iop’s own file even when the machine has another font of the same family', async () => {
    const machine = join(temp.dir, 'machine');
    mkdirSync(join(machine, 'fonts'), { recursive: true });
    writeFileSync(join(machine, 'fonts', 'SourceSans3-Regular.ttf'), impostor());
    writeFileSync(
      join(machine, 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(machine, 'fonts')}</dir>\n  <cachedir>${join(machine, 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    const printed = await headerFonts({ FONTCONFIG_FILE: join(machine, 'fonts.conf') }, join(temp.dir, 'impostor'));
    expect(printed.fonts).toContain(headerFontName());
    expect(printed.fonts.join(' ')).not.toContain('Impostor');
  });
});
