// The format reference (docs/format.md), generated from the JSON Schema's titles and descriptions.

interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  oneOf?: SchemaNode[];
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  additionalProperties?: boolean | SchemaNode;
}

type Root = SchemaNode & { $defs?: Record<string, SchemaNode> };

function resolve(root: Root, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const target = root.$defs?.[node.$ref.replace('#/$defs/', '')] ?? {};
  // Local title/description win over the definition's.
  return { ...resolve(root, target), ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

function typeText(root: Root, node: SchemaNode): string {
  const n = resolve(root, node);
  if (n.enum) return n.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (n.oneOf) return n.oneOf.map((o) => typeText(root, o)).join(' eller ');
  if (n.type === 'array') return `lista av ${n.items ? typeText(root, n.items) : 'värden'}`;
  if (n.format === 'date') return 'datum';
  if (n.format === 'email') return 'e-post';
  const words: Record<string, string> = { string: 'text', number: 'tal', integer: 'heltal', boolean: 'true/false', object: 'objekt' };
  const type = Array.isArray(n.type) ? n.type[0] : n.type;
  return words[type ?? 'object'] ?? String(type);
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function objectOf(root: Root, node: SchemaNode): SchemaNode | undefined {
  const n = resolve(root, node);
  if (n.properties) return n;
  if (n.type === 'array' && n.items) {
    const item = resolve(root, n.items);
    if (item.properties) return item;
  }
  if (n.oneOf) {
    for (const option of n.oneOf) {
      const o = resolve(root, option);
      if (o.properties) return o;
    }
  }
  return undefined;
}

export function formatReference(schema: Record<string, unknown>): string {
  const root = schema as Root;
  const out: string[] = [
    '# Formatet för iop.yaml',
    '',
    '<!-- Genereras av `iop schema --markdown` från schemas/iop.schema.json. Redigera schemat, inte den här filen. -->',
    '',
    root.description ?? '',
    '',
  ];
  // Definitions being described above this one: a recursive one (mål[].delmål) is described once.
  const ancestors: string[] = [];
  const section = (path: string, node: SchemaNode, level: number): void => {
    const object = objectOf(root, node);
    const ref = node.$ref ?? node.items?.$ref;
    if (!object?.properties || (ref !== undefined && ancestors.includes(ref))) return;
    if (ref !== undefined) ancestors.push(ref);
    const n = resolve(root, node);
    out.push(`${'#'.repeat(Math.min(level, 6))} \`${path}\``, '');
    if (n.description) out.push(n.description, '');
    out.push('| Fält | Typ | Krävs | Beskrivning |', '| --- | --- | --- | --- |');
    for (const [key, child] of Object.entries(object.properties)) {
      const c = resolve(root, child);
      const extra = [c.examples?.length ? `Exempel: \`${JSON.stringify(c.examples[0])}\`.` : '', c.default !== undefined ? `Standard: \`${JSON.stringify(c.default)}\`.` : '']
        .filter(Boolean)
        .join(' ');
      const description = [c.title && c.description ? `**${c.title}.** ${c.description}` : (c.description ?? c.title ?? ''), extra].filter(Boolean).join(' ');
      out.push(`| \`${key}\` | ${cell(typeText(root, child))} | ${object.required?.includes(key) ? 'ja' : ''} | ${cell(description)} |`);
    }
    out.push('');
    for (const [key, child] of Object.entries(object.properties)) {
      const c = resolve(root, child);
      section(`${path === '' ? '' : path + '.'}${key}${c.type === 'array' ? '[]' : ''}`, child, level + 1);
    }
    if (ref !== undefined) ancestors.pop();
  };
  const top = root as SchemaNode;
  out.push('## Översta nivån', '', '| Fält | Typ | Krävs | Beskrivning |', '| --- | --- | --- | --- |');
  for (const [key, child] of Object.entries(top.properties ?? {})) {
    const c = resolve(root, child);
    out.push(`| \`${key}\` | ${cell(typeText(root, child))} | ${top.required?.includes(key) ? 'ja' : ''} | ${cell(c.description ?? c.title ?? '')} |`);
  }
  out.push('');
  for (const [key, child] of Object.entries(top.properties ?? {})) {
    const c = resolve(root, child);
    section(`${key}${c.type === 'array' ? '[]' : ''}`, child, 2);
  }
  return out.join('\n');
}
