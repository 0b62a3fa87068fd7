// The rule reference (docs/regler.md), generated from the registry of diagnostic ids: every rule's meta and src/diagnostic-ids.ts.
import type { Rule } from './types.js';
import { PSEUDO_KINDS, type DiagnosticKind } from './registry.js';
import { SEVERITY_WORD } from '../model.js';


export function ruleReference(rules: readonly Rule[], others: readonly DiagnosticKind[] = PSEUDO_KINDS): string {
  const out: string[] = [
    '# Regler',
    '',
    '<!-- Genereras av `iop rules --format markdown`. Redigera inte för hand: ändra regelns meta i src/rules/ eller src/diagnostic-ids.ts. -->',
    '',
    'Varje regel kan stängas av eller få en annan allvarlighetsgrad i `iop.config.yaml`:',
    '',
    '```yaml',
    'regler:',
    '  parter/organisationsnummer: off',
    '```',
    '',
    '| Regel | Standard | Beskrivning |',
    '| --- | --- | --- |',
    ...rules.map((rule) => `| [\`${rule.meta.id}\`](#${anchor(rule.meta.id)}) | ${SEVERITY_WORD[rule.meta.severity]} | ${rule.meta.description} |`),
    '',
    'Några meddelanden kommer inte från en regel utan från stegen före och efter reglerna: när en fil inte går att läsa, när `iop.yaml` inte följer formatet, när ett uttryck inte går att fylla i eller en utskrift inte blir klar. De är alltid fel och kan inte stängas av; se [Övriga meddelanden](#övriga-meddelanden).',
    '',
  ];
  for (const rule of rules) {
    const { meta } = rule;
    out.push(
      `## ${meta.id}`,
      '',
      `Standard: **${SEVERITY_WORD[meta.severity]}**${meta.blocksFinalBuild ? ', och `iop build` bygger ingen slutlig PDF förrän den är åtgärdad (med `--utkast` byggs ett utkast)' : ''}. ${meta.description}`,
      '',
      meta.explanation,
      '',
      ...(meta.needs ? [`Körs inte när ${meta.needs.map((id) => `\`${id}\``).join(' eller ')} har hittat ett problem: det som regeln mäter mot är då inte att lita på.`, ''] : []),
      'Godkänt:',
      '',
      '```',
      meta.examples.passing.trimEnd(),
      '```',
      '',
      'Underkänt:',
      '',
      '```',
      meta.examples.failing.trimEnd(),
      '```',
      '',
      'Meddelanden:',
      '',
      ...Object.values(meta.messages).map((message) => `- ${message}`),
      '',
    );
  }
  out.push(
    '## Övriga meddelanden',
    '',
    'De här är alltid fel och kan inte stängas av eller ändras i `iop.config.yaml`. Ett ärende med något av dem byggs inte.',
    '',
    '| Id | Beskrivning |',
    '| --- | --- |',
    ...others.map((kind) => `| [\`${kind.id}\`](#${anchor(kind.id)}) | ${kind.description} |`),
    '',
  );
  for (const kind of others) out.push(`### ${kind.id}`, '', `Alltid **fel**. ${kind.description}`, '', kind.explanation, '');
  return out.join('\n');
}

/** The anchor GitHub gives a heading: lower case, punctuation but hyphens dropped ("parter/orgnr-sektor" → "parterorgnr-sektor"). */
function anchor(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');
}
