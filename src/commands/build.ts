// `iop build`: placeholder until the render pipeline lands.
import { IopError } from '../errors.js';

export async function runBuild(_paths: string[], _options: Record<string, unknown>): Promise<void> {
  throw new IopError('iop build är inte klart ännu.');
}
