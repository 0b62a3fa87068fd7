// Argument parsing only: each command's work is imported lazily from src/commands/.
import { Argument, Command, CommanderError, Option } from 'commander';
import { commanderMessage, swedishHelp } from './cli-swedish.js';
import { IopError, EXIT_FAILURE } from './errors.js';
import { packageVersion } from './paths.js';
import { guardPipes } from './commands/output.js';
import { closestMatch } from './schema/suggest.js';
import { formatLista } from './text/format.js';

function positiveInteger(name: string) {
  return (value: string): number => {
    if (!/^[1-9]\d*$/.test(value) || Number(value) > 32) throw new IopError(`${name} ska vara ett heltal från 1 till 32, inte '${value}'.`);
    return Number(value);
  };
}

function integerOption(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new IopError(`${name} ska vara ett heltal, inte '${value}'.`);
    return Number(value);
  };
}

/** The paths most commands take: ärende folders, iop.yaml files or folders to search. */
function paths(): Argument {
  return new Argument('[sökvägar...]', 'ärendemappar, iop.yaml-filer eller mappar att söka i').default(['.'], 'mappen du står i');
}

export function buildProgram(): Command {
  const program = new Command('iop');
  swedishHelp(program);
  program
    .description('Kontrollerar och bygger överenskommelser om idéburet offentligt partnerskap (IOP).')
    .version(packageVersion(), '-V, --version', 'visa versionsnumret')
    .option('--debug', 'visa tekniska detaljer (stackspår) vid fel')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .showSuggestionAfterError(false)
    .addHelpText('after', '\nExempel:\n  iop check examples/navet\n  iop build examples/navet --out dist\n  iop rules')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });

  const check = program
    .command('check')
    .description('kontrollera ärenden mot schemat och reglerna')
    .addArgument(paths())
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json', 'sarif', 'github']).default('text'))
    .option('--max-warnings <antal>', 'avsluta med kod 1 om det blir fler varningar än så', integerOption('--max-warnings'))
    .option('-q, --quiet', 'visa bara fel, inte varningar')
    .option('--idag <datum>', 'räkna tidsfrister från detta datum (ÅÅÅÅ-MM-DD) i stället för dagens')
    .option('--rot <mapp>', 'leta efter iop.config.yaml högst upp till den här mappen (standard: arkivets rot, mappen med .git)')
    .addHelpText('after', '\nExempel:\n  iop check examples/navet\n  iop check . --format json > resultat.json')
    .action(async (paths: string[], options) => {
      const { runCheck } = await import('./commands/check.js');
      return runCheck(paths, options);
    });
  swedishHelp(check);

  const rules = program
    .command('rules')
    .description('lista alla regler med id, allvarlighetsgrad och beskrivning')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json', 'markdown']).default('text'))
    .addHelpText('after', '\nExempel:\n  iop rules --format json')
    .action(async (options) => {
      const { runRules } = await import('./commands/rules.js');
      return runRules(options);
    });
  swedishHelp(rules);

  const schema = program
    .command('schema')
    .description('skriv ut JSON-schemat för iop.yaml (för redigerare)')
    .option('--config', 'schemat för iop.config.yaml i stället')
    .option('--markdown', 'skriv formatbeskrivningen som Markdown (docs/format.md)')
    .addHelpText('after', '\nExempel:\n  iop schema > iop.schema.json\n  iop schema --markdown > docs/format.md')
    .action(async (options) => {
      const { runSchema } = await import('./commands/schema.js');
      return runSchema(options);
    });
  swedishHelp(schema);

  const build = program
    .command('build')
    .description('bygg PDF av överenskommelsen (med bilagor) och tjänsteutlåtandet')
    .addArgument(paths())
    .addOption(new Option('-o, --out <mapp>', 'mapp att skriva PDF-filerna i').default(undefined, 'dist/ i arkivets rot, mappen med iop.config.yaml eller .git'))
    .option('-q, --quiet', 'visa bara det som gick fel: inga förlopp, inga varningar som inte stoppar bygget')
    .option('--html', 'skriv också HTML-filerna')
    .option('--utkast', 'bygg trots fel och märk varje sida UTKAST')
    .option('--browser <sökväg>', 'webbläsare att använda (Chrome, Chromium eller Edge)')
    .option('--watch', 'bygg om när källfilerna ändras')
    .option('--sidor <antal>', 'hur många dokument som skrivs ut samtidigt (standard: 2; fler hjälper på datorer med många kärnor)', positiveInteger('--sidor'))
    .option('--rot <mapp>', 'leta efter iop.config.yaml högst upp till den här mappen (standard: arkivets rot, mappen med .git)')
    .addHelpText('after', '\nExempel:\n  iop build examples/navet\n  iop build . --out pdf --utkast')
    .action(async (paths: string[], options) => {
      const { runBuild } = await import('./commands/build.js');
      return runBuild(paths, options);
    });
  swedishHelp(build);

  const preview = program
    .command('preview')
    .description('visa ärendets dokument i webbläsaren och uppdatera dem när du sparar')
    .argument('<ärende>', 'ärendemappen eller dess iop.yaml')
    .option('-p, --port <nummer>', 'port på 127.0.0.1; 0 väljer en ledig (standard: 4173, eller en ledig om den är upptagen)', integerOption('--port'))
    .option('--utkast', 'märk varje sida UTKAST, som iop build --utkast')
    .addHelpText(
      'after',
      '\nServern svarar bara på den egna datorn (127.0.0.1). Fel och varningar visas överst på sidan.\n\nExempel:\n  iop preview examples/navet\n  iop preview arenden/laxhjalp --port 8080',
    )
    .action(async (path: string, options) => {
      const { runPreview } = await import('./commands/preview.js');
      return runPreview(path, options);
    });
  swedishHelp(preview);

  const init = program
    .command('init')
    .description('skapa ett nytt ärende (iop.yaml, avtal.md, tjansteutlatande.md, bilagor/)')
    .argument('<mapp>', 'mappen som ska skapas; den får inte finnas')
    .option('--titel <text>', 'överenskommelsens titel')
    .option('--part <namn;sektor;orgnr>', 'en part, t.ex. "Föreningen Navet;idéburen;802444-1100" (ange flera gånger)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--start <datum>', 'första dagen, ÅÅÅÅ-MM-DD')
    .option('--slut <datum>', 'sista dagen, ÅÅÅÅ-MM-DD (standard: ett år)')
    .option('--belopp <kronor>', 'belopp per år från den första offentliga parten')
    .option('--diarienummer <text>', 'ärendets diarienummer')
    .option('--forvaltning <text>', 'förvaltningen som handlägger ärendet')
    .option('--namnd <text>', 'nämnden som beslutar')
    .option('--ort <text>', 'ort vid underskrifterna')
    .addHelpText('after', '\nUtan terminal (t.ex. i ett skript) krävs --titel, --start och minst två --part.\n\nExempel:\n  iop init arenden/laxhjalp --titel "Läxhjälp i Kvarnby" --start 2025-02-01 \\\n    --part "Föreningen Läxhjälpen;idéburen;846005-8327" --part "Kultur- och fritidsnämnden;offentlig;212000-1157" --belopp 250000')
    .action(async (folder: string, options) => {
      const { runInit } = await import('./commands/init.js');
      return runInit(folder, options);
    });
  swedishHelp(init);

  const kpi = program
    .command('kpi')
    .description('visa konsumentprisindex (KPI) för en månad ur arkivets och iop:s KPI-tabeller; utan månad: vilka månader tabellerna har')
    .argument('[månad]', 'månaden, ÅÅÅÅ-MM')
    .addOption(new Option('--serie <serie>', 'KPI-serie: 1980 (1980=100) eller 2020 (2020=100)').choices(['1980', '2020']).default('1980'))
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json']).default('text'))
    .option('--tabell <fil>', 'arkivets KPI-tabell (standard: kpi_tabell i iop.config.yaml, annars kpi.json bredvid iop.config.yaml eller i arkivets rot)')
    .addHelpText('after', '\nExempel:\n  iop kpi\n  iop kpi 2024-10\n  iop kpi 2024-10 --format json\n  iop kpi set 2025-10 <värde> --källa "SCB"\n  iop kpi update')
    .action(async (month: string | undefined, options) => {
      const { runKpi } = await import('./commands/kpi.js');
      return runKpi(month, options);
    });
  swedishHelp(kpi);
  const kpiSet = kpi
    .command('set')
    .description('lägg in ett KPI-tal som SCB har publicerat i arkivets KPI-tabell (--serie och --tabell som för iop kpi)')
    .argument('<månad>', 'månaden, ÅÅÅÅ-MM')
    .argument('<värde>', 'det fastställda talet som SCB publicerar det, med decimalkomma eller decimalpunkt')
    .option('--källa <text>', 'var talet kommer från, t.ex. "SCB, pressmeddelande 2025-11-13"')
    .option('--ersatt', 'ersätt ett tal som tabellerna redan har för månaden')
    .addHelpText('after', '\nTalet jämförs med de närmaste månaderna i tabellerna; ett tal som inte kan stämma (t.ex. ett felplacerat\ndecimaltecken) läggs inte in.\n\nExempel:\n  iop kpi set 2025-10 <värde> --källa "SCB, Konsumentprisindex (KPI), totalt, 1980=100"\n  iop kpi set 2026-01 <värde> --serie 2020')
    .action(async (month: string, value: string, options, command: Command) => {
      const { runKpiSet } = await import('./commands/kpi.js');
      return runKpiSet(month, value, { ...options, ...command.parent?.opts<{ serie: string; tabell?: string }>() });
    });
  swedishHelp(kpiSet);
  const kpiUpdate = kpi
    .command('update')
    .description('hämta de senaste KPI-talen från SCB:s öppna API till arkivets KPI-tabell (--serie och --tabell som för iop kpi)')
    .option('--url <url>', 'adress till SCB:s PxWeb-tabell (standard: tabellen för serien)')
    .option('--timeout <sekunder>', 'hur länge att vänta på SCB', integerOption('--timeout'))
    .addHelpText('after', '\nExempel:\n  iop kpi update\n  iop kpi update --serie 2020')
    .action(async (options, command: Command) => {
      // --serie and --tabell belong to `iop kpi`, which parses them wherever they stand.
      const { runKpiUpdate } = await import('./commands/kpi.js');
      return runKpiUpdate({ ...options, ...command.parent?.opts<{ serie: string; tabell?: string }>() });
    });
  swedishHelp(kpiUpdate);

  const extend = program
    .command('extend')
    .description('förläng ett ärende: lägg till nästa förlängningsperiod med KPI-uppräknade belopp i iop.yaml')
    .argument('<ärende>', 'ärendemappen eller dess iop.yaml')
    .option('--till <datum>', 'sista dagen för förlängningen, ÅÅÅÅ-MM-DD (standard: enligt avtalstid.förlängning.längd)')
    .option('--tillagg', 'skriv också ett tillägg till avtalet (tillagg-<n>.md) i ärendemappen')
    .option('--tabell <fil>', 'arkivets KPI-tabell (standard: kpi_tabell i iop.config.yaml, annars kpi.json bredvid iop.config.yaml eller i arkivets rot)')
    .addHelpText('after', '\nExempel:\n  iop extend examples/navet\n  iop extend arenden/frivilligcentral --till 2027-12-31 --tillagg')
    .action(async (path: string, options) => {
      const { runExtend } = await import('./commands/extend.js');
      return runExtend(path, options);
    });
  swedishHelp(extend);

  const deadlines = program
    .command('deadlines')
    .description('lista alla tidsfrister i ärendena: besked om förlängning, uppsägning, avtalstidens slut, rapporter, fakturor och möten')
    .addArgument(paths())
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json']).default('text'))
    .option('--inom <dagar>', 'visa bara frister inom så många dagar från i dag', integerOption('--inom'))
    .option('--idag <datum>', 'räkna från detta datum (ÅÅÅÅ-MM-DD) i stället för dagens')
    .option('--ics <fil>', 'skriv också en kalenderfil (iCalendar, RFC 5545)')
    .addHelpText('after', '\nExempel:\n  iop deadlines arenden\n  iop deadlines . --inom 90\n  iop deadlines examples/navet --ics tidsfrister.ics')
    .action(async (paths: string[], options) => {
      const { runDeadlines } = await import('./commands/deadlines.js');
      return runDeadlines(paths, options);
    });
  swedishHelp(deadlines);

  const verify = program
    .command('verify')
    .description('pröva om en PDF-fil byggdes av ärendets källor som de ser ut nu, med den här versionen av iop')
    .argument('<pdf>', 'PDF-filen som iop build skrev')
    .argument('[ärende]', 'ärendemappen (standard: den som PDF-filen byggdes av, räknat från arkivets rot)')
    .addOption(new Option('-f, --format <format>', 'utdataformat').choices(['text', 'json']).default('text'))
    .option('--rot <mapp>', 'leta efter iop.config.yaml högst upp till den här mappen (standard: arkivets rot, mappen med .git)')
    .addHelpText('after', '\nExempel:\n  iop verify dist/navet/avtal.pdf\n  iop verify signerat.pdf arenden/navet --format json')
    .action(async (pdf: string, arende: string | undefined, options) => {
      const { runVerify } = await import('./commands/verify.js');
      return runVerify(pdf, arende, options);
    });
  swedishHelp(verify);

  return program;
}

/** The words of a command line that name commands, without the global --debug. */
function commandLine(argv: string[]): string[] {
  return argv.slice(2).filter((word) => word !== '--debug');
}

/**
 * `iop help <kommando> [underkommando]`: the command whose help to show. A word that names no
 * command is an error (exit 2), as for `iop <okänt>`, instead of commander's silent exit 0.
 */
function helpTarget(program: Command, words: string[]): Command {
  let target = program;
  for (const word of words) {
    const next = target.commands.find((command) => command.name() === word || command.aliases().includes(word));
    if (!next) throw new IopError(unknownCommand(word, target));
    target = next;
  }
  return target;
}

function unknownCommand(word: string, parent: Command): string {
  const names = parent.commands.map((command) => command.name()).filter((name) => name !== 'help');
  const guess = closestMatch(word, names);
  const prefix = parent.parent ? `iop ${parent.name()} ` : 'iop ';
  const list = parent.parent ? `Kommandona i '${prefix.trim()}' är` : 'Kommandona är';
  return `okänt kommando '${word}'.${guess ? ` Menade du '${prefix}${guess}'?` : ''} ${list} ${formatLista(names)}; se '${prefix.trim()} --help'.`;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  guardPipes();
  const program = buildProgram();
  const debug = argv.includes('--debug');
  try {
    const words = commandLine(argv);
    // `iop` alone shows what it can do, like `iop --help`.
    if (words.length === 0) {
      program.outputHelp();
      return 0;
    }
    if (words[0] === 'help' && words.length > 1) {
      helpTarget(program, words.slice(1)).outputHelp();
      return 0;
    }
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return handleError(error, debug, program, argv);
  }
}

function handleError(error: unknown, debug: boolean, program: Command, argv: string[]): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    if (error.code === 'commander.unknownCommand') {
      process.stderr.write(`iop: ${unknownCommand(/'([^']*)'/.exec(error.message)?.[1] ?? '', program)}\n`);
      return EXIT_FAILURE;
    }
    process.stderr.write(`iop: ${commanderMessage(error, program, argv) ?? error.message.replace(/^error: /, '')}\n`);
    return EXIT_FAILURE;
  }
  if (error instanceof IopError) {
    process.stderr.write(`iop: ${error.message}\n`);
    if (debug && error.stack) process.stderr.write(error.stack + '\n');
    return error.exitCode;
  }
  process.stderr.write(`iop: ett oväntat fel inträffade: ${error instanceof Error ? error.message : String(error)}. Kör med --debug för detaljer.\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return EXIT_FAILURE;
}
