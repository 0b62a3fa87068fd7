// Commander in Swedish: the help text (headings, choices and defaults written as a person writes
// them, not as JSON) and its error messages, each said with what to do.
import { type Argument, type Command, CommanderError, Help, type Option } from 'commander';
import { closestMatch } from './schema/suggest.js';
import { formatLista } from './text/format.js';

const HELP_WORDS: Array<[RegExp, string]> = [
  [/^Usage:/gm, 'Användning:'],
  [/^Options:/gm, 'Flaggor:'],
  [/^Commands:/gm, 'Kommandon:'],
  [/^Arguments:/gm, 'Argument:'],
  [/\[options\]/g, '[flaggor]'],
  [/\[command\]/g, '[kommando]'],
];

/** "(text, json, sarif eller github; standard: text)": values as they are typed, never as JSON. */
function extraInfo(choices: readonly string[] | undefined, defaultValue: unknown, defaultDescription: string | undefined, showDefault: boolean): string {
  const parts: string[] = [];
  if (choices) parts.push(formatLista([...choices], 'eller'));
  if (showDefault && (defaultValue !== undefined || defaultDescription !== undefined)) parts.push(`standard: ${defaultDescription ?? (Array.isArray(defaultValue) ? defaultValue.join(' ') : String(defaultValue))}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

class SwedishHelp extends Help {
  override optionDescription(option: Option): string {
    const showDefault = option.required || option.optional;
    return option.description + extraInfo(option.argChoices, option.defaultValue, option.defaultValueDescription, showDefault);
  }

  override argumentDescription(argument: Argument): string {
    return argument.description + extraInfo(argument.argChoices, argument.defaultValue, argument.defaultValueDescription, true);
  }

  override formatHelp(cmd: Command, helper: Help): string {
    return HELP_WORDS.reduce((text, [pattern, word]) => text.replace(pattern, word), super.formatHelp(cmd, helper));
  }
}

export function swedishHelp(command: Command): void {
  command.createHelp = () => Object.assign(new SwedishHelp(), command.configureHelp());
  command.helpOption('-h, --help', 'visa hjälp för kommandot');
}

function quoted(message: string): string {
  return /'[^']*'/.exec(message)?.[0] ?? '';
}

/** "-f, --format <format>" → "--format". */
function flagName(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0] ?? flags;
}

/** The command a command line runs, for naming its help and its options. */
function commandFor(program: Command, argv: readonly string[]): Command {
  let command = program;
  for (const word of argv.slice(2)) {
    const next = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!next) break;
    command = next;
  }
  return command;
}

function helpHint(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return `Se '${names.join(' ')} --help'.`;
}

/** A Swedish message for commander's errors about the command line; undefined for others. */
export function commanderMessage(error: CommanderError, program: Command, argv: readonly string[]): string | undefined {
  const command = commandFor(program, argv);
  const message = error.message.replace(/^error: /, '');
  switch (error.code) {
    case 'commander.unknownOption': {
      const flag = quoted(message).slice(1, -1);
      const known = command.options.flatMap((option) => [option.long, option.short]).filter((name): name is string => name !== undefined);
      const guess = closestMatch(flag, known);
      return `okänd flagga '${flag}'.${guess ? ` Menade du '${guess}'?` : ''} ${helpHint(command)}`;
    }
    case 'commander.invalidArgument': {
      // "option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json."
      const parts = /^(?:option '([^']+)' argument|command-argument value) '([^']*)' is invalid(?: for argument '([^']+)')?\.\s*(?:Allowed choices are (.*)\.)?/.exec(message);
      if (!parts) return message;
      const [, flags, value, argument, choices] = parts;
      const where = flags ? flagName(flags) : `argumentet '${argument}'`;
      const allowed = choices ? ` Tillåtna värden: ${choices}.` : '';
      return `'${value}' är inget giltigt värde för ${where}.${allowed}`;
    }
    case 'commander.optionMissingArgument': {
      const flags = quoted(message).slice(1, -1);
      const value = /<([^>]+)>/.exec(flags)?.[1];
      return `${flagName(flags)} behöver ett värde${value ? ` (${value})` : ''}. ${helpHint(command)}`;
    }
    case 'commander.missingArgument':
      return `argumentet ${quoted(message)} saknas. ${helpHint(command)}`;
    case 'commander.missingMandatoryOptionValue':
      return `flaggan ${quoted(message)} måste anges. ${helpHint(command)}`;
    case 'commander.excessArguments':
      return `för många argument. ${helpHint(command)}`;
    default:
      return undefined;
  }
}
