// keepNumbersTogether searches only around digits; what it wraps must be exactly what a search of
// the whole text finds (wrapTextBySearch, its definition), in any text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keepNumbersTogether, wrapTextBySearch } from '../../src/render/nowrap.js';

/** Pieces of the text the numbers live in: digits, signs, hyphens, spaces, words before dates, letters beyond the BMP. */
const PIECES = [
  '0', '1', '2', '9', '12', '2024', '000', '2024-03-01', '846005-8327', '040-34 10 00', '+46 31-365 00 00',
  ' ', ' ', '\u00a0', '-', '‐', '‑', '−', '+', '/', '.', ',', ':', ':-', '(', ')',
  'den', 'fr.o.m.', 't.o.m.', 'Staden', 'mars', 'januari', 'kr', 'kronor', 'SEK', 'månader', 'dag', 'år',
  'a', 'Z', 'å', 'KS', 'N163', 'abc', '𝐀', '𝟘', '\ud835', '\udc00', 'é', '\n',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('keepNumbersTogether', () => {
  it('wraps in any text exactly what a search of the whole text finds', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(keepNumbersTogether(t)).toBe(wrapTextBySearch(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('does so in any HTML, finding the text between tags as a plain search of the whole HTML does', () => {
    /** The definition: every tag, comment and style found by one search, the text between wrapped. */
    const bySearch = (html: string): string => {
      let out = '';
      let index = 0;
      for (const match of html.matchAll(/<(style|script|title|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi)) {
        out += wrapTextBySearch(html.slice(index, match.index)) + match[0];
        index = match.index + match[0].length;
      }
      return out + wrapTextBySearch(html.slice(index));
    };
    const markup = fc.constantFrom('<p>', '</p>', '<p title="2024-01-01">', '<', '>', '<!--', '-->', '<style>', '</style>', '</STYLE >', '<title>', '</title>', '<br>');
    const html = fc.array(fc.oneof(text, markup), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (h) => {
        expect(keepNumbersTogether(h)).toBe(bySearch(h));
      }),
      { numRuns: 10_000 },
    );
  });
});
