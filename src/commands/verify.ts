// `iop verify <pdf> [ärende]`: says whether a PDF was built from this source by this iop; the work is in src/verify/verify.ts.
import { isAbsolute, relative } from 'node:path';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { FINGERPRINT_LENGTH } from '../render/fingerprint.js';
import { verify, type Change, type Verification } from '../verify/verify.js';
import { writeOut } from './output.js';

export interface VerifyCommandOptions {
  format: 'text' | 'json';
  rot?: string;
}

const CHANGE_WORDS: Record<Change, string> = {
  ändrad: 'ändrad sedan bygget',
  ny: 'ny i källan, fanns inte vid bygget',
  saknas: 'fanns vid bygget, saknas nu',
};

function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

function text(result: Verification, cwd: string): string {
  const { manifest } = result;
  const arende = shown(cwd, result.arende);
  const lines: string[] = [];
  if (result.matches) {
    lines.push(`${result.pdf} byggdes av källorna i ${arende} med iop ${manifest.iop}: alla ${Object.keys(manifest.indata).length} indata stämmer (fingeravtryck ${manifest.fingeravtryck.slice(0, FINGERPRINT_LENGTH)}).`);
  } else {
    lines.push(`${result.pdf} byggdes inte av källorna i ${arende} som de ser ut nu (fingeravtryck i PDF-filen ${manifest.fingeravtryck.slice(0, FINGERPRINT_LENGTH)}, källorna nu ${result.fingerprint}):`);
    for (const difference of result.differences) {
      const what = difference.input === 'iop' ? `iop: PDF-filen byggdes med iop ${manifest.iop}, det här är iop ${result.version}` : `${difference.input}: ${CHANGE_WORDS[difference.change]}`;
      lines.push(`  ${what}`);
    }
  }
  if (manifest.utkast) lines.push('PDF-filen är ett utkast (byggd med --utkast).');
  if (manifest.sänkta_regler.length > 0) lines.push(`iop.config.yaml hade sänkt eller stängt av regler som annars stoppar en slutlig PDF: ${manifest.sänkta_regler.join(', ')}.`);
  return lines.join('\n') + '\n';
}

function json(result: Verification, cwd: string): string {
  const { manifest } = result;
  return (
    JSON.stringify(
      {
        pdf: result.pdf,
        ärende: shown(cwd, result.arende),
        stämmer: result.matches,
        dokument: manifest.dokument,
        utkast: manifest.utkast,
        iop: { pdf: manifest.iop, nu: result.version },
        fingeravtryck: { pdf: manifest.fingeravtryck.slice(0, FINGERPRINT_LENGTH), källa: result.fingerprint },
        sänkta_regler: manifest.sänkta_regler,
        skillnader: result.differences.map((d) => ({ indata: d.input, ändring: d.change })),
      },
      null,
      2,
    ) + '\n'
  );
}

export async function runVerify(pdf: string, arende: string | undefined, options: VerifyCommandOptions): Promise<void> {
  const cwd = process.cwd();
  const result = await verify(pdf, arende, { cwd, root: options.rot });
  await writeOut(options.format === 'json' ? json(result, cwd) : text(result, cwd));
  process.exitCode = result.matches ? EXIT_OK : EXIT_PROBLEMS;
}
