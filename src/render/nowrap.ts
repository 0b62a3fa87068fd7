// Numbers in the documents never break across lines: a date ("2027-12-" / "31"), a period
// ("t.o.m." / "2027-12-31"), an amount ("250" / "000 kr"), an organisationsnummer or a
// diarienummer. Each is wrapped in a span that the browser does not break; the characters stay the
// same, so the PDF's text keeps the ISO date a reader searches for (non-breaking hyphens would not).
// Applied to a document's whole HTML, so generated sentences, tables and the parties' prose alike.

/** Inline, so it holds with a repository's own stylesheet and templates too. */
const OPEN = '<span class="iop-nowrap" style="white-space: nowrap">';
const CLOSE = '</span>';

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const SPACE = '[ \\u00a0]';
/** A piece of a word with hyphens: letters, digits, "/" and inner dots ("N163", "0038/24", "fr.o.m"). */
const PART = '[\\p{L}\\d/](?:[\\p{L}\\d/.]*[\\p{L}\\d/])?';

/** What must stay on one line, longest forms first. */
const UNBROKEN = new RegExp(
  [
    // "fr.o.m. 2024-03-01", "t.o.m. 1 mars 2025", "den 15 januari 2025"
    `(?:fr\\.o\\.m\\.|t\\.o\\.m\\.|den)${SPACE}+(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}${SPACE}+(?:${MONTHS})${SPACE}+\\d{4})`,
    // "1 mars 2025"
    `\\d{1,2}${SPACE}+(?:${MONTHS})${SPACE}+\\d{4}`,
    // "875 000 kr", "−5 000 kr", "650 000:-", "12 kr", "3 månader"
    `[−-]?\\d{1,3}(?:${SPACE}\\d{3})+(?:${SPACE}*(?:kr|kronor|SEK|:-))?`,
    `[−-]?\\d+(?:${SPACE}*(?:kr|kronor|SEK|:-)|${SPACE}+(?:månader|månad|dagar|dag|år))(?![\\p{L}\\d])`,
    // Telephone numbers: "040-34 10 00", "+46 31-365 00 00"
    `(?:\\+\\d{2}${SPACE})?\\d{1,4}-\\d{2,3}(?:${SPACE}\\d{2,3})+(?!\\d)`,
    // Words with digits and hyphens: dates, organisationsnummer, diarienummer ("KS-2025-0117", "N163-0038/24")
    `(?=[\\p{L}\\d/.‐‑-]*\\d)${PART}(?:[-‐‑]${PART})+`,
  ].join('|'),
  'gu',
);

function wrapText(text: string): string {
  return text.replace(UNBROKEN, (match, offset: number, whole: string) => {
    // Inside a longer word ("abc2024-03-01"): leave it as written.
    const before = whole[offset - 1];
    if (before !== undefined && /[\p{L}\d]/u.test(before)) return match;
    return OPEN + match + CLOSE;
  });
}

/** The HTML with each date, period, amount and number with hyphens wrapped so it does not break. */
export function keepNumbersTogether(html: string): string {
  let out = '';
  let index = 0;
  // Tags, and whole elements whose content is not page text, are copied as they are.
  const TOKENS = /<(style|script|title|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
  for (const match of html.matchAll(TOKENS)) {
    out += wrapText(html.slice(index, match.index)) + match[0];
    index = match.index + match[0].length;
  }
  return out + wrapText(html.slice(index));
}
