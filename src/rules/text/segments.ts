// Every piece of prose in an ärende: the Markdown files and the strings of iop.yaml.
import type { ValidArende } from '../../model.js';
import { dataSegment, dataStrings, markdownSegment, type ProseSegment } from '../support/prose.js';

export function allSegments(arende: ValidArende, dataFilter: (value: string) => boolean = () => true): ProseSegment[] {
  const segments = dataStrings(arende.data)
    .filter(({ value }) => dataFilter(value))
    .map(({ pointer, value }) => dataSegment(arende, pointer, value));
  for (const source of [arende.avtal, arende.tjansteutlatande, ...arende.bilagor]) {
    if (source) segments.push(markdownSegment(source));
  }
  return segments;
}
