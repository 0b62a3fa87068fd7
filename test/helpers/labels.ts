// What in a document's HTML reads as a label whose value is missing ("Dnr " with nothing after it,
// "Bilaga  till", " · Tjänsteutlåtande", "undefined"): the search test/render/stated-values.test.ts
// and test/property/sparse-agreements.test.ts run over every document they render.

/** The text runs between tags, outside style elements; each with the tags that open and close it. */
function textRuns(html: string): Array<{ opening: string; text: string; closing: string }> {
  const visible = html.replace(/<style[\s\S]*?<\/style>/g, '<style></style>');
  return [...visible.matchAll(/<(\/?[a-z0-9!]*)[^>]*>(?=([^<]*)<(\/?[a-z0-9]*))/g)].map((m) => ({ opening: m[1]!, text: m[2]!, closing: m[3]! }));
}

/** What in a document's HTML reads as a label without its value; empty when there is none. */
export function labelsAlone(html: string): string[] {
  const found: string[] = [];
  for (const { opening, text, closing } of textRuns(html)) {
    const line = text.replace(/\n\s*/g, '\n');
    if (/\b(undefined|null|NaN)\b/.test(line)) found.push(text);
    // A word, a space and the element's end: the value after the label was missing.
    else if (closing.startsWith('/') && /[\p{L}\d:] +$/u.test(line)) found.push(text);
    // Two spaces between words on one line: a value between them was missing.
    else if (/\S {2,}\S/.test(line)) found.push(text);
    // A separator with nothing before it in its element: "· Tjänsteutlåtande".
    else if (!opening.startsWith('/') && /^\s*[·,;]/.test(line)) found.push(text);
  }
  return found;
}


/**
 * What in plain text (a line `iop extend` or `iop deadlines` prints, a tillägg's Markdown, a
 * calendar event's summary or description) reads as a label without its value; empty when there is
 * none. Each line is searched on its own; a table's cells should be passed one at a time, since its
 * columns are padded with spaces.
 */
export function textLabelsAlone(text: string): string[] {
  return text.split('\n').filter((line) => {
    const shown = line.trimStart();
    return (
      /\b(undefined|null|NaN)\b/.test(shown) ||
      // A label at the end of the line: "Diarienummer:" or "Dnr ".
      /:\s*$/.test(shown) ||
      /[\p{L}\d] +$/u.test(shown) ||
      // A gap where a value was: "Förlängde  fr.o.m.", "(period , förlängning 1)", "x ()".
      /\S {2,}\S/.test(shown) ||
      / [,;:.)](?=\s|$)/.test(shown) ||
      /\(\s*\)/.test(shown) ||
      // A separator with nothing before or after it: "· Tjänsteutlåtande", "navet,".
      /^[·,;]/.test(shown) ||
      /[·,;]\s*$/.test(shown)
    );
  });
}
