// `iop verify`: was this PDF built from this source by this version of iop? The manifest in the
// PDF (render/manifest.ts) is compared with the same inputs' hashes computed from the source now.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IopError } from '../errors.js';
import { loadArende } from '../load/arende.js';
import { ConfigResolver } from '../load/config.js';
import { ARENDE_FILE, discoverArenden } from '../load/discover.js';
import { repositoryRoot } from '../load/repository-root.js';
import { describeFsError } from '../load/source.js';
import { packageVersion } from '../paths.js';
import { fingerprintOf, inputHashes, FINGERPRINT_LENGTH } from '../render/fingerprint.js';
import type { Manifest } from '../render/manifest.js';
import { loadTemplates } from '../render/templates.js';

const MESSAGES = {
  unreadable: (file: string, reason: string) => `Kan inte läsa ${file}: ${reason}.`,
  notPdf: (file: string) => `${file} är ingen PDF-fil som går att läsa.`,
  noManifest: (file: string) => `${file} har inget manifest från iop (iop-manifest.json): den byggdes inte av iop, eller av en version före iop verify.`,
  tampered: (file: string) => `Manifestet i ${file} stämmer inte med sitt eget fingeravtryck: filen har ändrats efter bygget.`,
  noArende: (path: string) => `Hittar inte ärendet '${path}' som PDF-filen byggdes av. Ange ärendemappen: iop verify <pdf> <ärende>.`,
  oneArende: (path: string) => `'${path}' innehåller flera ärenden; ange det ärende som PDF-filen byggdes av.`,
};

/** How one input differs: changed since the build, new in the source, or gone from it. */
export type Change = 'ändrad' | 'ny' | 'saknas';

export interface Difference {
  input: string;
  change: Change;
}

export interface Verification {
  pdf: string;
  /** The ärende folder compared with. */
  arende: string;
  manifest: Manifest;
  /** The fingerprint of the source now. */
  fingerprint: string;
  /** The iop version running now. */
  version: string;
  differences: Difference[];
  /** True when every input, and the iop version, is what the PDF was built from. */
  matches: boolean;
}

async function manifestOf(pdfFile: string, shown: string): Promise<Manifest> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(pdfFile);
  } catch (error) {
    throw new IopError(MESSAGES.unreadable(shown, describeFsError(error)));
  }
  const { readManifestFrom } = await import('../render/manifest.js');
  let manifest: Manifest | undefined;
  try {
    manifest = await readManifestFrom(bytes);
  } catch {
    throw new IopError(MESSAGES.notPdf(shown));
  }
  if (!manifest) throw new IopError(MESSAGES.noManifest(shown));
  if (fingerprintOf(manifest.indata) !== manifest.fingeravtryck) throw new IopError(MESSAGES.tampered(shown));
  return manifest;
}

/** The ärende the user named, or the one the manifest names, from the repository root. */
function arendeDir(given: string | undefined, manifest: Manifest, cwd: string): string {
  if (given !== undefined) {
    const dirs = discoverArenden([given], cwd);
    if (dirs.length !== 1) throw new IopError(MESSAGES.oneArende(given));
    return dirs[0]!;
  }
  const dir = resolve(repositoryRoot(cwd) ?? cwd, manifest.ärende);
  if (!existsSync(join(dir, ARENDE_FILE))) throw new IopError(MESSAGES.noArende(manifest.ärende));
  return dir;
}

export interface VerifyOptions {
  cwd?: string;
  /** The folder the search for iop.config.yaml stops at, as for `iop build --rot`. */
  root?: string;
}

/** Compares `pdfFile` with the source of `arende` (default: the ärende its manifest names). */
export async function verify(pdfFile: string, arende: string | undefined, options: VerifyOptions = {}): Promise<Verification> {
  const cwd = options.cwd ?? process.cwd();
  const manifest = await manifestOf(resolve(cwd, pdfFile), pdfFile);
  const dir = arendeDir(arende, manifest, cwd);
  const loaded = loadArende(dir, new ConfigResolver(undefined, { root: options.root, cwd })).arende;
  const now = inputHashes(loaded, loadTemplates(loaded.config));
  const differences: Difference[] = [];
  for (const [input, hash] of Object.entries(manifest.indata)) {
    if (!(input in now)) differences.push({ input, change: 'saknas' });
    else if (now[input] !== hash) differences.push({ input, change: 'ändrad' });
  }
  for (const input of Object.keys(now)) if (!(input in manifest.indata)) differences.push({ input, change: 'ny' });
  return {
    pdf: pdfFile,
    arende: dir,
    manifest,
    fingerprint: fingerprintOf(now).slice(0, FINGERPRINT_LENGTH),
    version: packageVersion(),
    differences,
    matches: differences.length === 0,
  };
}
