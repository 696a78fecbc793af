import { assertNever } from '../../assert-never.js';
import { printed, usageError, type CommandOutcome } from './command-outcome.js';
import { HELP } from './help-text.js';

type RulesetCommand = 'list' | 'show' | 'validate' | 'precompile';
const RULESET_COMMANDS: ReadonlySet<string> = new Set<RulesetCommand>(['list', 'show', 'validate', 'precompile']);

/** Runs `cse-screen ruleset list|show|validate|precompile`, loading the subcommand's module only when it runs. */
export async function runRulesetCommand(argv: readonly string[]): Promise<CommandOutcome> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h') return printed(HELP.ruleset);
  if (first === undefined) return usageError('ruleset needs a command: list, show, validate or precompile; run cse-screen ruleset --help');
  if (!isRulesetCommand(first)) {
    return usageError(`unknown ruleset command; the commands are ${[...RULESET_COMMANDS].join(', ')}; run cse-screen ruleset --help`);
  }
  switch (first) {
    case 'list':
      return (await import('./ruleset-list-command.js')).runRulesetListCommand(rest);
    case 'show':
      return (await import('./ruleset-show-command.js')).runRulesetShowCommand(rest);
    case 'validate':
      return (await import('./ruleset-validate-command.js')).runRulesetValidateCommand(rest);
    case 'precompile':
      return (await import('./ruleset-precompile-command.js')).runRulesetPrecompileCommand(rest);
    default:
      return assertNever(first);
  }
}

function isRulesetCommand(word: string): word is RulesetCommand {
  return RULESET_COMMANDS.has(word);
}
