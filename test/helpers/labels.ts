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

