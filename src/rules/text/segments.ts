// Every piece of prose in an ärende: the Markdown files and the strings of iop.yaml.
import type { ValidArende } from '../../model.js';
import { allDataSegments, markdownSegment, type ProseSegment } from '../support/prose.js';

export function allSegments(arende: ValidArende, dataFilter: (value: string) => boolean = () => true): ProseSegment[] {
  const segments = allDataSegments(arende).filter(({ text }) => dataFilter(text));
  for (const source of [arende.avtal, arende.tjansteutlatande, ...arende.bilagor]) {
    if (source) segments.push(markdownSegment(source));
  }
  return segments;
}
