// The Markdown reader leaves out GFM's tables and literal autolinks where the text lacks the
// characters they need, and the search for links in the tree where it has no text to link
// (src/render/markdown.ts). Whatever the text, what it reads must be what
// GFM whole reads: here on texts made of Markdown's block starts and inline marks, near misses of
// tables ("---", ": -") and of autolinks ("ww.", "http", "mailto"), and sometimes the real thing,
// also written with character references and escapes (which only the search in the tree finds).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToHtml } from '../../src/render/markdown.js';

const LINE_STARTS = ['', '', '', '- ', '* ', '+ ', '1. ', '2) ', '> ', '> > ', '    ', '  ', '\t', '# ', '## ', '```', '~~~', '---', '===', '***', '- [ ] ', '- [x] ', '[^1]: ', '[a]: /u ', '<div>', '<!-- ', ' -->', '- - ', ':', '-', '--', ' - '];
const INLINE = [
  'Föreningen', 'åtar', 'sig', ' ', ' ', ' ', '*', '_', '**', '~', '~~', '`', '[', ']', '(', ')', '![', '[^1]', '[a]', '\\', '&amp;', '&#64;', '&#124;',
  'ww.', 'www', 'http', 'https', 'mailto', 'xmpp', 'a.b', 'x_y', ':', '-', '.', '--', ' -', '- ', ': -', '-- :', '  \n', '<b>', '</b>', '1.', '2024-01-01', '\u00a0', '\t',
];
/** Rarely: what a table or an autolink needs, so the texts also hold them. */
const RARE = ['|', ' | ', ':-', '-:', '@', 'a@b.se', 'www.', 'www.iop.se', 'https://iop.se', 'http:', 'a&#64;b.se', 'ww&#119;.iop.se', 'www\\.iop.se', 'http\\://iop.se', 'HTTP&#58;//iop.se', 'mailto:a&#x40;b.se'];

const inline = fc.array(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...INLINE) }, { weight: 1, arbitrary: fc.constantFrom(...RARE) }), { maxLength: 8 }).map((parts) => parts.join(''));
const line = fc.tuple(fc.constantFrom(...LINE_STARTS), inline).map(([start, rest]) => start + rest);
const markdown = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

describe('the Markdown reader', () => {
  it('reads any text as GFM whole does', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(markdownToHtml(text)).toBe(markdownToHtml(text, false));
      }),
      { numRuns: 1_000 },
    );
  });

  it('still reads tables and literal autolinks', () => {
    const html = markdownToHtml('Skriv till kansliet@iop.se eller se www.iop.se.\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nA\n:--\nB');
    expect(html).toContain('<a href="mailto:kansliet@iop.se">');
    expect(html).toContain('<a href="http://www.iop.se">');
    expect(html.match(/<table>/g)).toHaveLength(2);
  });
});
