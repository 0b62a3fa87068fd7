// The tjänsteutlåtande as prose: its strings in iop.yaml and tjansteutlatande.md.
import type { ValidArende } from '../../model.js';
import { dataSegments, markdownSegment, type ProseSegment } from '../support/prose.js';

export function tjansteutlatandeSegments(arende: ValidArende): ProseSegment[] {
  const segments = dataSegments(arende, ['/tjänsteutlåtande/titel', '/tjänsteutlåtande/godkännande', '/tjänsteutlåtande/beslutspunkter']);
  if (arende.tjansteutlatande) segments.push(markdownSegment(arende.tjansteutlatande));
  return segments;
}
