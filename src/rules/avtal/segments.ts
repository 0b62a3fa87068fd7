// The agreement as prose: avtal.md and the agreement's own strings in iop.yaml.
import type { ValidArende } from '../../model.js';
import { dataSegmentsOutside, markdownSegment, type ProseSegment } from '../support/prose.js';

/** Data outside the agreement text proper: the tjänsteutlåtande and the bilagor have rules of their own. */
const OTHER_DOCUMENTS = ['/tjänsteutlåtande', '/bilagor'];

export function avtalSegments(arende: ValidArende): ProseSegment[] {
  const segments = dataSegmentsOutside(arende, OTHER_DOCUMENTS);
  if (arende.avtal) segments.push(markdownSegment(arende.avtal));
  return segments;
}
