// `iop check`: runs the pipeline and prints the diagnostics in the chosen format.
import { checkInParallel } from '../check-parallel.js';
import { dayFrom } from '../calendar/today.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import { formatText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { useColor, writeOut } from './output.js';

export interface CheckCommandOptions {
  format: 'text' | 'json' | 'sarif' | 'github';
  maxWarnings?: number;
  quiet?: boolean;
  idag?: string;
  rot?: string;
}

export async function runCheck(paths: string[], options: CheckCommandOptions): Promise<void> {
  // One day for every ärende and worker, and a wrong --idag or IOP_IDAG is reported before any work starts.
  const today = dayFrom(options.idag);
  const cwd = process.cwd();
  const result = await checkInParallel(paths, { cwd, root: options.rot, today });
  const shown = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  let output: string;
  switch (options.format) {
    case 'json':
      output = formatJson(result, shown, cwd);
      break;
    case 'sarif': {
      const { formatSarif } = await import('../report/sarif.js');
      output = formatSarif(shown, cwd);
      break;
    }
    case 'github': {
      const { formatGithub } = await import('../report/github.js');
      output = formatGithub(shown, cwd);
      break;
    }
    default:
      output = formatText(shown, { cwd, color: useColor(), arenden: result.files.length });
  }
  await writeOut(output);
  const tooManyWarnings = options.maxWarnings !== undefined && !options.quiet && result.warningCount > options.maxWarnings;
  if (tooManyWarnings && options.format === 'text') {
    process.stderr.write(`iop: ${result.warningCount} varningar är fler än de ${options.maxWarnings} som --max-warnings tillåter.\n`);
  }
  process.exitCode = result.errorCount > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}
