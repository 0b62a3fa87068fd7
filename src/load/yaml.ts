// Parses iop.yaml (or iop.config.yaml) keeping the Document, so every stage can point at its source.
import { LineCounter, isAlias, isCollection as isYamlCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { Diagnostic, SourceText, YamlSource } from '../model.js';
import { positionAt } from './positions.js';
import { yamlHint } from './yaml-hints.js';
import type { PseudoId } from '../diagnostic-ids.js';

const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Nyckeln finns redan i samma objekt. Varje nyckel får stå en gång.',
  TAB_AS_INDENT: 'Tabbtecken får inte användas för indrag i YAML. Använd mellanslag.',
  BAD_INDENT: 'Fel indrag. Kontrollera att raden är indragen lika mycket som raderna på samma nivå.',
  MISSING_CHAR: 'Ett tecken saknas, t.ex. ett avslutande citattecken eller en klammer.',
  BAD_SCALAR_START: 'Värdet kan inte börja med det här tecknet. Sätt värdet inom citattecken.',
  BLOCK_AS_IMPLICIT_KEY: 'En nyckel kan inte vara ett block. Saknas ett kolon eller ett indrag?',
  MULTILINE_IMPLICIT_KEY: 'En nyckel får inte sträcka sig över flera rader. Saknas ett kolon?',
  UNEXPECTED_TOKEN: 'Oväntat tecken här.',
  MULTIPLE_DOCS: 'Filen innehåller flera YAML-dokument (---). Den ska innehålla ett.',
  BAD_ALIAS: 'Aliaset hänvisar till ett ankare som inte finns.',
  KEY_OVER_1024_CHARS: 'Nyckeln är längre än 1024 tecken.',
  BAD_DQ_ESCAPE: 'Ogiltig escape-sekvens inom dubbla citattecken.',
  TAG_RESOLVE_FAILED: 'Värdet kan inte tolkas med den angivna taggen.',
  NON_STRING_KEY: 'Nycklar ska vara text.',
  BLOCK_IN_FLOW: 'Ett block kan inte stå inom [ ] eller { }.',
};

function yamlMessage(error: YAMLError): string {
  return YAML_MESSAGES[error.code] ?? `Felaktig YAML (${error.code.toLowerCase().replaceAll('_', ' ')}).`;
}

/** One diagnostic per problem: the parser may report one mistake twice, at the same place. */
function syntaxDiagnostics(source: SourceText, errors: readonly YAMLError[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    const hint = yamlHint(source, error);
    const diagnostic = hint
      ? diagnosticAt(source, hint.start, hint.end, 'yaml/syntax', hint.message)
      : diagnosticAt(source, error.pos[0], error.pos[1], error.code === 'DUPLICATE_KEY' ? 'yaml/dubblett-nyckel' : 'yaml/syntax', yamlMessage(error));
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (hint && seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out;
}

function diagnosticAt(source: SourceText, start: number, end: number, ruleId: PseudoId, message: string): Diagnostic {
  const from = positionAt(source.lineStarts, start);
  const to = positionAt(source.lineStarts, Math.max(start, end));
  return { ruleId, severity: 'error', message, file: source.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

export interface ParsedYaml {
  yaml?: YamlSource;
  data: unknown;
  diagnostics: Diagnostic[];
}

/** Parses YAML text; syntax errors, duplicate keys and alias bombs become positioned diagnostics. */
export function parseYaml(source: SourceText): ParsedYaml {
  const lineCounter = new LineCounter();
  let doc;
  try {
    // logLevel 'error': the parser's own English warnings never reach the user; problems become diagnostics.
    doc = parseDocument(source.text, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    return { data: undefined, diagnostics: [structureDiagnostic(source, error)] };
  }
  const diagnostics = syntaxDiagnostics(source, doc.errors);
  const yaml: YamlSource = { ...source, lineStarts: lineCounter.lineStarts, doc, lineCounter };
  if (diagnostics.length === 0) diagnostics.push(...collectionKeys(source, doc));
  if (diagnostics.length > 0) return { yaml, data: undefined, diagnostics };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { yaml, data: undefined, diagnostics: [diagnosticAt(source, 0, 0, 'fil/tom', 'Filen är tom. Den ska innehålla ärendets uppgifter (ärende, parter, mål, finansiering, avtalstid).')] };
  }
  try {
    return { yaml, data: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (error) {
    return { yaml, data: undefined, diagnostics: [structureDiagnostic(source, error)] };
  }
}

/**
 * A key that is a list or a map ("? [a, b]: 1") has no place in iop.yaml. Found in the order
 * yaml's visit() meets the pairs (a pair, then its key, then its value), by a plain walk: visit()
 * makes and freezes a copy of the path at every node, a cost paid for every ärende.
 */
function collectionKeys(source: SourceText, doc: Document.Parsed): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (node: unknown): void => {
    if (isYamlCollection(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      if (isYamlCollection(node.key)) {
        const range = (node.key as Node).range ?? [0, 0, 0];
        found.push(diagnosticAt(source, range[0], range[1], 'yaml/syntax', YAML_MESSAGES.NON_STRING_KEY!));
      }
      walk(node.key);
      walk(node.value);
    }
  };
  walk(doc.contents);
  return found;
}

function structureDiagnostic(source: SourceText, error: unknown): Diagnostic {
  if (error instanceof RangeError) {
    return diagnosticAt(source, 0, 0, 'yaml/syntax', 'Filen är för djupt nästlad för att kunna läsas.');
  }
  if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
    return diagnosticAt(source, 0, 0, 'yaml/syntax', 'Filen använder för många YAML-alias (*namn). Skriv ut värdena i stället.');
  }
  return diagnosticAt(source, 0, 0, 'yaml/syntax', 'Filen kan inte läsas som YAML.');
}

/** A YamlSource for a file whose text could not be used, so diagnostics can still name it. */
export function emptyYaml(file: string): YamlSource {
  const lineCounter = new LineCounter();
  return { file, text: '', lineStarts: [0], doc: parseDocument('', { lineCounter }), lineCounter };
}

export interface Located {
  start: number;
  end: number;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export type LocateMode = 'value' | 'key';

/**
 * The source range of the value at a JSON pointer. When the value is missing, the nearest existing
 * ancestor's key; with mode 'key', the key itself (for unknown keys).
 */
export function locatePointer(yaml: YamlSource, pointer: string, mode: LocateMode = 'value'): Located {
  const segments = pointerSegments(pointer);
  let node: unknown = yaml.doc.contents;
  let best: Located = rangeOf(node) ?? { start: 0, end: 0 };
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isAlias(node)) node = node.resolve(yaml.doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === segment);
      if (!pair) return best;
      const keyRange = rangeOf(pair.key);
      if (last && mode === 'key' && keyRange) return keyRange;
      const valueRange = rangeOf(pair.value);
      best = keyRange ?? best;
      if (last) return valueRange && !isCollection(pair.value) ? valueRange : keyRange ?? valueRange ?? best;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      const itemRange = rangeOf(item);
      if (!item || !itemRange) return best;
      best = firstLineOf(itemRange, item);
      if (last) return isCollection(item) ? best : itemRange;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

function isCollection(node: unknown): boolean {
  return isMap(node) || isSeq(node);
}

/** For a collection item, point at its first key rather than the whole block. */
function firstLineOf(range: Located, node: unknown): Located {
  if (isMap(node)) {
    const first = node.items[0];
    const keyRange = first ? rangeOf(first.key) : undefined;
    if (keyRange) return keyRange;
  }
  return range;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeOf(node: unknown): Located | undefined {
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1] };
}
