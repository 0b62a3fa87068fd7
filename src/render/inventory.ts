// docs/genererad-text.md: every sentence iop can write (from the statements table) and every fixed
// text of the bundled templates with the conditions it stands under, made from the sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATE_DIR } from '../paths.js';
import { STATEMENTS, type Statement } from './statements.js';

export interface TemplateText {
  template: string;
  text: string;
  /** The {{#if}}/{{#each}}/{{#unless}} expressions it stands inside, outermost first. */
  conditions: string[];
}

type Node = hbs.AST.Node & { body?: Node[]; program?: Node; inverse?: Node; path?: { original: string }; params?: Array<{ original?: unknown }>; value?: string };

/** The fixed texts of one template: its content without markup, with the blocks around it. */
export function templateTexts(name: string, source: string): TemplateText[] {
  const out: TemplateText[] = [];
  // Markup state carries over expressions: `class="a{{#if x}} b{{/if}}"` is inside a tag throughout.
  let inTag = false;
  let inStyle = false;
  const textOf = (value: string): string => {
    let text = '';
    for (let i = 0; i < value.length; i++) {
      if (inStyle) {
        if (value.startsWith('</style>', i)) {
          inStyle = false;
          i += 7;
        }
      } else if (inTag) {
        if (value[i] === '>') inTag = false;
      } else if (value[i] === '<') {
        inTag = true;
        if (value.startsWith('<style', i)) inStyle = true;
        text += ' \n';
      } else text += value[i];
    }
    return text;
  };
  const walk = (nodes: Node[] | undefined, conditions: string[]): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'ContentStatement') {
        for (const piece of textOf(node.value ?? '').split(/\n/)) {
          const clean = piece.replace(/&#8199;/g, '').replace(/\s+/g, ' ').trim();
          if (/\p{L}/u.test(clean)) out.push({ template: name, text: clean, conditions });
        }
      } else if (node.type === 'BlockStatement') {
        const helper = node.path?.original ?? '';
        const expression = `${helper} ${(node.params ?? []).map((p) => String(p.original ?? '')).join(' ')}`.trim();
        walk(node.program?.body, [...conditions, expression]);
        walk(node.inverse?.body, [...conditions, `inte ${expression}`]);
      }
    }
  };
  walk((Handlebars.parse(source) as unknown as Node).body, []);
  return out;
}

function bundledTemplates(): Array<{ name: string; source: string }> {
  const files: Array<{ name: string; source: string }> = [];
  for (const sub of ['', 'partials']) {
    const dir = join(TEMPLATE_DIR, sub);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()) {
      files.push({ name: sub ? `${sub}/${file}` : file, source: readFileSync(join(dir, file), 'utf8') });
    }
  }
  return files;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function inventoryMarkdown(): string {
  const out = [
    '# Text som iop skriver',
    '',
    '<!-- Genereras av `npm run docs:text` från src/render/statements.ts och mallarna i templates/. Redigera dem, inte den här filen. -->',
    '',
    'Varje mening som iop skriver i en överenskommelse eller ett tjänsteutlåtande står här, med de fält i `iop.yaml` som gör att den skrivs. En mening skrivs bara när dess fält anges, och den säger inget mer än fälten. Där avtalet har egna ord finns ett textfält (`avtalstid.text`, `indexering.text`, `underskrifter.text`, `finansiering.text`) eller så står avsnittet i `avtal.md` (`egen_text`).',
    '',
    '## Meningar',
    '',
    '| Id | Fält | Block | Exempel | Anmärkning |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const [id, s] of Object.entries(STATEMENTS) as Array<[string, Statement<unknown[]>]>) {
    const example = s.write(...s.example).replaceAll('\u00a0', ' ');
    out.push(`| \`${id}\` | ${s.fields.map((f) => `\`${f}\``).join(', ')} | ${cell(s.where)} | ${cell(example)} | ${cell(s.note ?? '')} |`);
  }
  out.push(
    '',
    '## Fasta texter i mallarna',
    '',
    'Rubriker och etiketter i de medföljande mallarna, med de villkor (`{{#if …}}`, `{{#each …}}`) de står inom. Ett villkor på en uppgift betyder att texten bara skrivs när uppgiften finns.',
    '',
    '| Mall | Text | Villkor |',
    '| --- | --- | --- |',
  );
  for (const { name, source } of bundledTemplates()) {
    for (const t of templateTexts(name, source)) out.push(`| ${name} | ${cell(t.text)} | ${cell(t.conditions.map((c) => `\`${c}\``).join(' → '))} |`);
  }
  return `${out.join('\n')}\n`;
}
