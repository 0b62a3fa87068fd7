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

  it('does so in the text between tags too, and leaves the tags and styles alone', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const html = `<style>p { margin: 0 ${texts[0]} }</style>` + texts.map((t) => `<p title="${t.replace(/"/g, '')}">${t}</p>`).join('');
        const expected = `<style>p { margin: 0 ${texts[0]} }</style>` + texts.map((t) => `<p title="${t.replace(/"/g, '')}">${wrapTextBySearch(t)}</p>`).join('');
        expect(keepNumbersTogether(html)).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });
});
