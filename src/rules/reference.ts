// The rule reference (docs/regler.md), generated from every rule's meta.
import type { Rule } from './types.js';
import { SEVERITY_WORD } from '../model.js';


export function ruleReference(rules: readonly Rule[]): string {
  const out: string[] = [
    '# Regler',
    '',
    '<!-- Genereras av `iop rules --format markdown`. Redigera inte för hand: ändra regelns meta i src/rules/. -->',
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
  return out.join('\n');
}

function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9åäö]+/g, '');
}
