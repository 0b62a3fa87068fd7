// iop's own running header and footer as CSS page-margin boxes (@page { @top-left { content: … } }),
// which the page draws as part of its own print. Chromium's other way, a header and footer template
// (displayHeaderFooter), lays out two small documents of their own for every printed page: some
// 2 ms a page, a fifth of a print. Margin boxes hold text only, in one style each, so they stand
// in for the bundled templates/partials/sidhuvud.hbs and sidfot.hbs alone, and only where these
// print the same: not on a draft (its red UTKAST), not under a repository's own partials, and not
// in a browser older than Chromium 131, which prints no margin boxes.

/** A piece of a box's text: words, or the page's number or the number of pages. */
export type RunningPart = string | { counter: 'page' | 'pages' };

/** What each corner of the page margin holds; an empty list leaves the box out. */
export interface RunningHead {
  topLeft: RunningPart[];
  topRight: RunningPart[];
  bottomLeft: RunningPart[];
  bottomRight: RunningPart[];
}

/** The values of the ärende that the bundled header and footer print, each only when stated. */
export interface RunningValues {
  titel: string;
  diarienummer?: string;
  förvaltning?: string;
  nämnd?: string;
  fingeravtryck: string;
}

const PAGE: RunningPart = { counter: 'page' };
const PAGES: RunningPart = { counter: 'pages' };

/** The header and footer of sidhuvud.hbs and sidfot.hbs, part for part. */
export function runningHead(kind: 'avtal' | 'tjansteutlatande', values: RunningValues): RunningHead {
  const dnr = values.diarienummer ? `Dnr ${values.diarienummer}` : undefined;
  const fingerprint = [`Fingeravtryck ${values.fingeravtryck}`];
  if (kind === 'avtal') {
    return { topLeft: [values.titel], topRight: dnr ? [dnr] : [], bottomLeft: fingerprint, bottomRight: ['Sida ', PAGE, ' av ', PAGES] };
  }
  const line = [values.förvaltning, 'Tjänsteutlåtande', dnr].filter((part) => part !== undefined && part !== '').join(' · ');
  return { topLeft: [line], topRight: [PAGE, ' (', PAGES, ')'], bottomLeft: fingerprint, bottomRight: values.nämnd ? [values.nämnd] : [] };
}

/** A CSS string: quotes, backslashes, line breaks and "<" escaped, so no text can end the rule or the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

function content(parts: RunningPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? cssString(part) : `counter(${part.counter})`)).join(' ');
}

/**
 * Set as the bundled templates set them (Source Sans 3, 8 pt, #444), and placed where Chromium
 * draws those: their baselines measured in the same print, within a quarter of a point.
 */
const BOX = "font-family: 'Source Sans 3', sans-serif; font-size: 8pt; font-weight: 400; font-style: normal; line-height: normal; color: #444; letter-spacing: normal; text-transform: none;";
const TOP = 'vertical-align: top; padding-top: 9.35mm;';
const BOTTOM = 'vertical-align: bottom; padding-bottom: 9.38mm;';

/** The @page rule that prints the running head in the page margins. */
export function marginBoxCss(head: RunningHead): string {
  const box = (name: string, parts: RunningPart[], place: string, extra = ''): string =>
    parts.length === 0 ? '' : ` @${name} { content: ${content(parts)}; ${BOX} ${place}${extra} }`;
  return (
    '@page {' +
    // The title may wrap onto a second line, next to the right-hand box, which never wraps.
    box('top-left', head.topLeft, TOP, ' text-align: left; padding-right: 8mm;') +
    box('top-right', head.topRight, TOP, ' text-align: right; white-space: nowrap;') +
    box('bottom-left', head.bottomLeft, BOTTOM, ' text-align: left; white-space: nowrap; padding-right: 8mm;') +
    box('bottom-right', head.bottomRight, BOTTOM, ' text-align: right; white-space: nowrap;') +
    ' }'
  );
}

/** The first Chromium that prints page-margin boxes. */
export const MARGIN_BOXES_SINCE = 131;

/** Whether a browser of this version string ("HeadlessChrome/147.0.7727.0", "Chrome/130.0…", "Edg/…") prints margin boxes. */
export function printsMarginBoxes(version: string): boolean {
  const major = /(?:Chrome|Chromium|Edg)\/(\d+)\./.exec(version)?.[1];
  return major !== undefined && Number(major) >= MARGIN_BOXES_SINCE;
}
