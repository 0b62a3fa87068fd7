import { describe, expect, it } from 'vitest';
import { createHandlebars } from '../../src/render/helpers.js';
import { markdownToHtml, renderInline, renderProse, hastToHtml } from '../../src/render/markdown.js';
import type { IopData } from '../../src/model.js';

const data = {
  parter: [{ id: 'x', namn: '<b>{{x}}</b>', sektor: 'idéburen', organisationsnummer: '802444-1100', firmatecknare: { namn: 'A', titel: 'B' } }],
  x: 'INJICERAT',
} as unknown as IopData;

const prose = (text: string) => hastToHtml(renderProse(createHandlebars(data), { file: 'avtal.md', text }, data));

describe('prose → safe HTML', () => {
  it('prints a value that looks like markup and a template as written, never evaluated again', () => {
    const html = prose('Part: {{part "x"}}');
    expect(html).toBe('<p>Part: &#x3C;b>{{x}}&#x3C;/b></p>');
    expect(html).not.toContain('INJICERAT');
    expect(html).not.toContain('<b>');
  });

  it('removes raw HTML such as <script>, iframes and event handlers', () => {
    const html = markdownToHtml('Text\n\n<script>alert(1)</script>\n\n<iframe src="https://x.example"></iframe>\n\n<img src="x" onerror="alert(1)">\n\n<b onclick="x()">fet</b>');
    expect(html).not.toMatch(/<script|<iframe|onerror|onclick|alert/);
    expect(html).toContain('<p>Text</p>');
  });

  it('drops javascript: links and remote images but keeps data: images', () => {
    const html = markdownToHtml('[a](javascript:alert(1)) [b](https://example.se) ![c](https://tracker.example/p.png) ![d](data:image/png;base64,AAAA) ![e](lokal.png)');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.se"');
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('lokal.png');
    expect(html).toContain('src="data:image/png;base64,AAAA"');
  });

  it('renders GitHub tables', () => {
    expect(markdownToHtml('| A | B |\n| --- | --- |\n| 1 | 2 |')).toContain('<table>');
  });

  it('renders a beslutspunkt inline without a paragraph', () => {
    expect(renderInline(createHandlebars(data), { file: 'iop.yaml', text: 'Uppdra åt *direktören*' }, data)).toBe('Uppdra åt <em>direktören</em>');
  });
});
