// Swedish counts: "2 fel och 1 varning i 3 ärenden".

export function countWord(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function summaryLine(errors: number, warnings: number, arenden: number): string {
  const where = countWord(arenden, 'ärende', 'ärenden');
  if (errors === 0 && warnings === 0) return `Inga fel i ${where}.`;
  const parts = [];
  if (errors > 0) parts.push(countWord(errors, 'fel', 'fel'));
  if (warnings > 0) parts.push(countWord(warnings, 'varning', 'varningar'));
  return `${parts.join(' och ')} i ${where}.`;
}
