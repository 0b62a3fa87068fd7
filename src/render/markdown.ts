// Prose → safe HTML: Handlebars with the data first (values escaped), then Markdown, then sanitize.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { unified, type Data, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { HelperFailure, type HandlebarsEnv } from './helpers.js';
import { RenderError } from './errors.js';
import { BLOCKS, isBlockName } from '../data/blocks.js';
import { formatLista } from '../text/format.js';

/**
 * Raw HTML in Markdown is not enabled at all (remark-rehype drops it), so the sanitizer only sees
 * what Markdown itself produces. It still runs: links and images come from the author.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['data'] },
};

/** Images may only be embedded data: URLs; anything else would be a remote or unbundled resource. */
function dropForeignImages() {
  const keep = (node: ElementContent | RootContent): boolean =>
    !(node.type === 'element' && node.tagName === 'img' && !String(node.properties?.src ?? '').startsWith('data:image/'));
  const walk = (parent: Root | Element): void => {
    parent.children = parent.children.filter(keep) as typeof parent.children;
    for (const child of parent.children) if (child.type === 'element') walk(child);
  };
  return (tree: Root) => walk(tree);
}

type SyntaxExtension = NonNullable<Data['micromarkExtensions']>[number];
type TreeExtensions = NonNullable<Data['fromMarkdownExtensions']>;
type TreeExtension = Exclude<TreeExtensions[number], unknown[]>;

/**
 * GFM constructs that a text can hold only with certain characters in it, and that cost the most
 * to look for: a table is tried at the start of every line, but needs a delimiter row, which has
 * "|", ":-" or "-:"; a literal autolink is tried at every word, but needs "@", "www." or
 * "http(s):". Together they take some third of the parse of long prose.
 */
const OPTIONAL_CONSTRUCTS: ReadonlyArray<{ names: readonly string[]; possible: RegExp }> = [
  { names: ['table'], possible: /\||:-|-:/ },
  { names: ['emailAutolink', 'wwwAutolink', 'protocolAutolink'], possible: /@|www\.|https?:/i },
];

/** A syntax extension less the named constructs, which then are never tried. */
function withoutConstructs(extension: SyntaxExtension, names: readonly string[]): SyntaxExtension {
  return Object.fromEntries(
    Object.entries(extension).map(([hook, record]) => {
      // Construct records (by character) hold constructs; the other hooks hold no named ones.
      if (hook === 'disable' || hook === 'insideSpan' || hook === 'attentionMarkers' || !record) return [hook, record];
      const kept = Object.entries(record as Record<string, { name?: string } | Array<{ name?: string }>>).map(([code, constructs]) => [code, [constructs].flat().filter((construct) => !names.includes(construct.name ?? ''))]);
      return [hook, Object.fromEntries(kept)];
    }),
  );
}

function flatten(extensions: TreeExtensions): TreeExtension[] {
  return extensions.flatMap((extension) => (Array.isArray(extension) ? flatten(extension) : [extension]));
}

/**
 * Text that GFM's search for URLs and e-mail addresses in the tree can link: each of its patterns
 * holds "@", "www." or "http(s)://" (in any case) within one text node.
 */
function mayLink(node: MdastNodes): boolean {
  if (node.type === 'text') return /@|www\.|https?:\/\//i.test(node.value);
  return 'children' in node && node.children.some(mayLink);
}

/**
 * GFM as remark-gfm adds it, fitted to one text: less the constructs named (see
 * OPTIONAL_CONSTRUCTS), and with the search for literal autolinks in the tree (the extension that
 * reads literal autolinks does it after the parse) made only when the tree has text it can link.
 * It walks the tree once for each of its four patterns, making a list of parents at every node.
 */
function fitGfm(this: Processor, left: readonly string[] | undefined) {
  // GFM whole, as the tests compare with.
  if (!left) return undefined;
  const data = this.data();
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => withoutConstructs(extension, left));
  const linking: NonNullable<TreeExtension['transforms']> = [];
  data.fromMarkdownExtensions = flatten(data.fromMarkdownExtensions ?? []).map((extension) => {
    if (!extension.enter?.['literalAutolink'] || !extension.transforms) return extension;
    linking.push(...extension.transforms);
    return { ...extension, transforms: [] };
  });
  return (tree: MdastRoot): MdastRoot => {
    if (!mayLink(tree)) return tree;
    for (const transform of linking) tree = transform(tree) ?? tree;
    return tree;
  };
}

function markdownProcessor(left: readonly string[] | undefined) {
  return unified().use(remarkParse).use(remarkGfm).use(fitGfm, left).use(remarkRehype).use(rehypeSanitize, SCHEMA).use(dropForeignImages);
}

const processors = new Map<string, ReturnType<typeof markdownProcessor>>();

/**
 * Markdown → sanitised hast, as GFM reads it. A construct that fails leaves nothing behind, so a
 * text without the characters an optional construct needs is read the same without it, and the
 * tree of a text without a URL or an e-mail address is the same without the search for them
 * (`fit`, the default; test/property/markdown-gfm.test.ts holds the two equal to GFM whole).
 */
export function markdownToHast(markdown: string, fit = true): Root {
  const left = fit ? OPTIONAL_CONSTRUCTS.filter(({ possible }) => !possible.test(markdown)).flatMap(({ names }) => names) : undefined;
  const key = left ? `fit:${left.join(' ')}` : 'whole';
  let processor = processors.get(key);
  if (!processor) {
    processor = markdownProcessor(left);
    processors.set(key, processor);
  }
  return processor.runSync(processor.parse(markdown)) as Root;
}

const htmlProcessor = unified().use(rehypeStringify);

export function hastToHtml(root: Root | Element): string {
  const tree: Root = root.type === 'root' ? root : { type: 'root', children: [root] };
  return htmlProcessor.stringify(tree);
}

export function markdownToHtml(markdown: string, fit = true): string {
  return hastToHtml(markdownToHast(markdown, fit));
}

export interface ProseSource {
  /** File the text comes from, for error messages. */
  file: string;
  text: string;
  /** 1-based line in `file` where `text` starts (after front matter). */
  firstLine?: number;
  /** Column in `file` where `text` starts, when it is a value inside iop.yaml. */
  firstColumn?: number;
}

/** Fills in Handlebars expressions with the data; strict, so a missing path is an error with its place. */
export function expandTemplate(env: HandlebarsEnv, source: ProseSource, context: unknown): string {
  const firstLine = source.firstLine ?? 1;
  try {
    const template = env.compile(source.text, { strict: true, noEscape: false, knownHelpersOnly: false });
    return template(context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let line = 1;
    let column = 1;
    if (error instanceof HelperFailure && error.loc) {
      line = error.loc.start.line;
      column = error.loc.start.column + 1;
    } else {
      const place = /- (\d+):(\d+)\s*$/.exec(message) ?? /on line (\d+)/.exec(message);
      if (place) line = Number(place[1]);
      if (place?.[2] !== undefined) column = Number(place[2]) + 1;
    }
    const text = error instanceof HelperFailure ? message : translateHandlebars(message);
    throw new RenderError(text, source.file, firstLine + line - 1, line === 1 ? column + (source.firstColumn ?? 1) - 1 : column);
  }
}

function translateHandlebars(message: string): string {
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing) return `"${missing[1]}" finns inte i uppgifterna i iop.yaml.`;
  const missingHelper = /^Missing helper: "([^"]+)"/.exec(message);
  if (missingHelper) return `hjälpfunktionen "${missingHelper[1]}" finns inte.`;
  const missingPartial = /^The partial (.+) could not be found/.exec(message);
  if (missingPartial) {
    const name = missingPartial[1] ?? '';
    return isBlockName(name) ? `blocket "${name}" kan bara placeras i avtal.md.` : `"${name}" är inget block. Block som kan placeras med {{> NAMN}} är ${formatLista(BLOCKS.map((b) => `"${b}"`))}.`;
  }
  const missingParent = /^Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)/.exec(message);
  if (missingParent) return `ett uttryck hänvisar till "${missingParent[1]}" i en uppgift som inte finns i iop.yaml.`;
  if (/^Parse error/.test(message)) return `Handlebars-uttrycket kan inte tolkas: ${message.split('\n').slice(-1)[0]}`;
  return message.replace(/ - \d+:\d+\s*$/, '');
}

/** Handlebars, then Markdown, then sanitize: a value like "<b>{{x}}</b>" is printed as written. */
export function renderProse(env: HandlebarsEnv, source: ProseSource, context: unknown): Root {
  return markdownToHast(expandTemplate(env, source, context));
}

/** The same for one line of inline text (e.g. a beslutspunkt): no wrapping paragraph. */
export function renderInline(env: HandlebarsEnv, source: ProseSource, context: unknown): string {
  const root = renderProse(env, source, context);
  const first = root.children.find((c) => c.type === 'element');
  if (root.children.filter((c) => c.type === 'element').length === 1 && first?.type === 'element' && first.tagName === 'p') {
    return htmlProcessor.stringify({ type: 'root', children: first.children });
  }
  return hastToHtml(root);
}
