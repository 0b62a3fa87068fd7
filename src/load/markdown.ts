// Reads a Markdown file beside iop.yaml, keeping its text and positions; front matter is optional.
import { parse } from 'yaml';
import type { MarkdownSource, SourceText } from '../model.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function toMarkdownSource(source: SourceText): MarkdownSource {
  const match = FRONT_MATTER.exec(source.text);
  if (!match) return { ...source, bodyStart: 0 };
  let frontMatter: Record<string, unknown> | undefined;
  try {
    const parsed: unknown = parse(match[1] ?? '', { maxAliasCount: 10 });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontMatter = parsed as Record<string, unknown>;
  } catch {
    frontMatter = undefined;
  }
  return { ...source, bodyStart: match[0].length, frontMatter };
}

/** The Markdown body without front matter. */
export function markdownBody(source: MarkdownSource): string {
  return source.text.slice(source.bodyStart);
}
