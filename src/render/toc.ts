// Page numbers for the table of contents, from the bookmarks of a rendering (read in outline.ts).

export interface OutlineEntry {
  title: string;
  /** 1-based page number. */
  page: number;
}

export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** The id of every heading (h1–h6) in the HTML, in document order ('' for a heading without id). */
export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b([^>]*)>/g)].map((m) => /\bid="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '');
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Page numbers for the headings in the table of contents. Chromium makes one bookmark per heading
 * in document order, so the n-th bookmark is the n-th heading; its titles are not reliable (a heading
 * at a page break can come out doubled), so titles are only the fallback when the counts differ.
 */
export function assignPages(toc: Array<{ id: string; title: string }>, html: string, outline: OutlineEntry[]): Array<number | undefined> {
  const ids = headingIds(html);
  if (ids.length === outline.length) {
    const pageById = new Map(ids.map((id, i) => [id, outline[i]?.page]));
    return toc.map((entry) => pageById.get(entry.id));
  }
  let cursor = 0;
  return toc.map(({ title }) => {
    const wanted = squash(title);
    for (let i = cursor; i < outline.length; i++) {
      const got = squash(outline[i]?.title ?? '');
      if (got === wanted || got.startsWith(wanted) || got.endsWith(wanted)) {
        cursor = i + 1;
        return outline[i]?.page;
      }
    }
    return undefined;
  });
}
