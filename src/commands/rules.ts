// `iop rules`: the rule list, from the rules' own meta.
import { RULES } from '../rules/index.js';
import { SEVERITY_WORD } from '../model.js';
import { ruleReference } from '../rules/reference.js';
import { writeOut } from './output.js';


export async function runRules(options: { format: 'text' | 'json' | 'markdown' }): Promise<void> {
  if (options.format === 'json') {
    const list = RULES.map((rule) => ({ id: rule.meta.id, severity: rule.meta.severity, description: rule.meta.description }));
    await writeOut(JSON.stringify(list, null, 2) + '\n');
    return;
  }
  if (options.format === 'markdown') {
    await writeOut(ruleReference(RULES));
    return;
  }
  const width = Math.max(0, ...RULES.map((rule) => rule.meta.id.length));
  const lines = RULES.map((rule) => `${rule.meta.id.padEnd(width)}  ${SEVERITY_WORD[rule.meta.severity].padEnd(7)}  ${rule.meta.description}`);
  await writeOut(lines.join('\n') + '\n');
}
