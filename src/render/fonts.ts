// The bundled typeface (Source Sans 3), embedded as data: URLs so output never depends on system fonts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

let cached: string | undefined;

/** @font-face rules for the body text. */
export function fontFaceCss(): string {
  if (cached !== undefined) return cached;
  const dir = fontDir();
  const rules: string[] = [];
  for (const subset of SUBSETS) {
    for (const face of FACES) {
      const data = readFileSync(join(dir, `source-sans-3-${subset.name}-${face.weight}-${face.style}.woff2`)).toString('base64');
      rules.push(`@font-face { font-family: '${FONT_FAMILY}'; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format('woff2'); unicode-range: ${subset.range}; }`);
    }
  }
  cached = rules.join('\n');
  return cached;
}

let headerCached: string | undefined;

/** A single face for Chromium's header and footer, which do not see the document's fonts. */
export function headerFontCss(): string {
  if (headerCached !== undefined) return headerCached;
  const data = readFileSync(join(fontDir(), 'source-sans-3-latin-400-normal.woff2')).toString('base64');
  headerCached = `@font-face { font-family: '${FONT_FAMILY}'; font-style: normal; font-weight: 400; src: url(data:font/woff2;base64,${data}) format('woff2'); }`;
  return headerCached;
}
