// The bundled typeface (Source Sans 3), embedded as data: URLs so output never depends on system fonts.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sfntFromWoff } from './woff.js';

export const FONT_FAMILY = 'Source Sans 3';

const FACES: Array<{ weight: number; style: 'normal' | 'italic' }> = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 700, style: 'normal' },
];

// The latin subset covers Swedish; latin-ext adds the rest of Europe (names like "Łukasz").
const SUBSETS: Array<{ name: string; range: string }> = [
  { name: 'latin', range: 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD' },
  { name: 'latin-ext', range: 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF' },
];

function fontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/source-sans-3/package.json')), 'files');
}

/** Stands for textFontFaceCss() in a document's printHtml (document.ts, page-content.ts). No digit, no character HTML escapes. */
export const TEXT_FONTS_MARK = '\u0000iop-typsnitt\u0000';

let textCached: string | undefined;

/** @font-face rules for the body text alone. */
export function textFontFaceCss(): string {
  if (textCached !== undefined) return textCached;
  const dir = fontDir();
  const rules: string[] = [];
  for (const subset of SUBSETS) {
    for (const face of FACES) {
      const data = readFileSync(join(dir, `source-sans-3-${subset.name}-${face.weight}-${face.style}.woff2`)).toString('base64');
      rules.push(`@font-face { font-family: '${FONT_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${subset.range}; }`);
    }
  }
  textCached = rules.join('\n');
  return textCached;
}

let cached: string | undefined;

/** @font-face rules for the body text, and the header's face that the document loads for the header. */
export function fontFaceCss(): string {
  cached ??= `${textFontFaceCss()}\n${headerFaceForDocument()}`;
  return cached;
}

/**
 * Chromium draws the running header and footer without waiting for their web fonts: a face is
 * used only if the browser has that font file ready at that moment, and otherwise a system font
 * stands in. When the header's font was one of the document's own, whether the two then shared one
 * embedded font or embedded it twice depended on what the browser had printed before (a cold build
 * and a rebuild gave different bytes). So the header has a font file of its own (the WOFF of the
 * same face, which the document's text never uses), the document loads that file, invisibly,
 * before it is printed, and a print in which a system font still stood in is printed again
 * (pdf.ts, with headerFontName() to recognise the header's font in the PDF). "Ready" means loaded
 * by a style sheet the document has just taken in: one whose text the page has seen before is
 * reused without loading anything (see page-content.ts). On Linux the browser has the same face as
 * a system font instead, which is always ready and set up once per browser rather than once per
 * page (header-font-config.ts); the check of the printed font stays.
 */
const HEADER_FACE = 'iop sidhuvud';

let headerUrl: string | undefined;

function headerFontFile(): Buffer {
  return readFileSync(join(fontDir(), 'source-sans-3-latin-400-normal.woff'));
}

function headerFontUrl(): string {
  headerUrl ??= `data:font/woff;base64,${headerFontFile().toString('base64')}`;
  return headerUrl;
}

/** The header's font as a plain TrueType file, for the browser to take as a system font (header-font-config.ts). */
export function headerFontSfnt(): Buffer {
  return sfntFromWoff(headerFontFile());
}

let headerName: string | undefined;

/** The PostScript name of the header's font, which names it in the PDF (after a subset tag, "ABCDEF+"). */
export function headerFontName(): string {
  headerName ??= postScriptName(headerFontFile());
  return headerName;
}

/** Name ID 6 of a WOFF 1.0 file's name table (tables are zlib-compressed when that makes them smaller). */
function postScriptName(woff: Buffer): string {
  const tables = woff.readUInt16BE(12);
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== 'name') continue;
    const [offset, compressed, length] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    const name = compressed < length ? inflateSync(raw) : raw;
    const strings = name.readUInt16BE(4);
    for (let r = 0; r < name.readUInt16BE(2); r++) {
      const record = 6 + r * 12;
      if (name.readUInt16BE(record + 6) !== 6) continue;
      const start = strings + name.readUInt16BE(record + 10);
      const bytes = name.subarray(start, start + name.readUInt16BE(record + 8));
      // Platform 3 (Windows) stores UTF-16BE; platform 1 (Macintosh) single bytes.
      return name.readUInt16BE(record) === 3 ? Buffer.from(bytes).swap16().toString('utf16le') : bytes.toString('latin1');
    }
  }
  throw new Error('the header font has no PostScript name');
}

/**
 * The header's font loaded by the document itself (a hidden letter), for the header to find. Only
 * a header drawn from the templates in the web font needs it: a page may be given the document
 * without it (page-content.ts) when the browser has the face as a system font or the running
 * head is printed in the page margins (running-head.ts).
 */
export function headerFaceForDocument(): string {
  return (
    `@font-face { font-family: '${HEADER_FACE}'; font-style: normal; font-weight: 400; font-display: block; src: url(${headerFontUrl()}) format('woff'); }\n` +
    `html::before { content: 'S'; font-family: '${HEADER_FACE}'; position: absolute; visibility: hidden; }`
  );
}

let headerCached: string | undefined;

/** A single face for Chromium's header and footer, which do not see the document's fonts. */
export function headerFontCss(): string {
  headerCached ??= `@font-face { font-family: '${FONT_FAMILY}'; font-style: normal; font-weight: 400; src: url(${headerFontUrl()}) format('woff'); }`;
  return headerCached;
}

/**
 * A header or footer template without the web font of headerFontCss(), for a browser that has the
 * same face as a system font (header-font-config.ts): the template's font-family then finds that.
 */
export function withoutHeaderFontFace(template: string): string {
  return template.split(headerFontCss()).join('');
}
