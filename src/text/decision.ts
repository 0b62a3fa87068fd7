// The decision points of a tjänsteutlåtande as the data states them. The first point approves the
// agreement; iop writes it from the data only when the data does not: neither in
// tjänsteutlåtande.godkännande nor as a beslutspunkt of its own ("Godkänna överenskommelsen …"),
// which would otherwise be printed twice. Shared by the renderer and the rules.
import type { Tjansteutlatande } from '../model.js';

/** "Godkänna överenskommelsen …", "Att godkänna avtalet …", "Nämnden godkänner partnerskapet …". */
const APPROVES_AGREEMENT = /^[^.]*?(?<![\p{L}\d])godkänn\p{L}*[^.]*?(?<![\p{L}\d])(?:överenskommelse|partnerskap|avtal|IOP)/iu;

export function approvesAgreement(text: string): boolean {
  return APPROVES_AGREEMENT.test(text);
}

export interface StatedPoint {
  text: string;
  /** JSON pointer to the text in iop.yaml. */
  path: string;
}

/** Every decision point written in the data, in order: godkännande first, then beslutspunkter. */
export function statedPoints(tu: Tjansteutlatande | undefined): StatedPoint[] {
  return [
    ...(tu?.godkännande !== undefined ? [{ text: tu.godkännande, path: '/tjänsteutlåtande/godkännande' }] : []),
    ...(tu?.beslutspunkter ?? []).map((text, index) => ({ text, path: `/tjänsteutlåtande/beslutspunkter/${index}` })),
  ];
}

/** The points that approve the agreement as the data words them; empty when iop is to write it. */
export function statedApprovals(tu: Tjansteutlatande | undefined): StatedPoint[] {
  if (tu?.godkännande !== undefined) return statedPoints(tu).slice(0, 1);
  return statedPoints(tu).filter((point) => approvesAgreement(point.text));
}

/** Whether iop writes the first point (the approval) from the data. */
export function approvalGenerated(tu: Tjansteutlatande | undefined): boolean {
  return statedApprovals(tu).length === 0;
}
