import { assertNever } from '../../assert-never.js';
import { formatIssue } from '../../issues/format-issue.js';
import { VERSION } from '../../version.js';
import { printableText } from '../printable-text.js';
import type { CliIo } from './cli-io.js';
import { printed, usageError, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { runRulesetCommand } from './ruleset-command.js';

type Command = 'assess' | 'ruleset' | 'docs' | 'diff' | 'types' | 'export' | 'report' | 'links' | 'pseudonymise';
const COMMANDS: ReadonlySet<string> = new Set<Command>(['assess', 'ruleset', 'docs', 'diff', 'types', 'export', 'report', 'links', 'pseudonymise']);

/**
 * Runs `cse-screen` with these arguments (without `node` and the script) and returns the exit code.
 * Writes stdout once, whole, after the command finishes, made printable (see printableText: no control or
 * bidirectional character from a ruleset or a case reaches the terminal raw); then one stderr line per issue. An
 * unexpected error prints only its name, never its message, and exits 70.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const outcome = await dispatch(argv, io);
    const wrote = await write(io.stdout, printableText(outcome.stdout));
    await write(io.stderr, outcome.issues.map((issue) => `cse-screen: ${formatIssue(issue)}\n`).join(''));
    return wrote ? outcome.exit : EXIT.ioError;
  } catch (error) {
    await write(io.stderr, `cse-screen: internal error ${errorName(error)}\n`).catch(() => false);
    return EXIT.internal;
  }
}

/** Heavy modules (zod, the engine) load only inside the command that needs them, so help and version start fast. */
async function dispatch(argv: readonly string[], io: CliIo): Promise<CommandOutcome> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('needs a command; run cse-screen --help');
  if (first === '--help' || first === '-h') return printed(HELP.main);
  if (first === '--version' || first === '-v') return printed(`${VERSION}\n`);
  if (!isCommand(first)) {
    return usageError(first.startsWith('-')
      ? 'unknown option; the options here are --help and --version'
      : `unknown command; the commands are ${[...COMMANDS].join(', ')}; run cse-screen --help`);
  }
  switch (first) {
    case 'assess':
      return (await import('./assess-command.js')).runAssessCommand(rest, io);
    case 'ruleset':
      return runRulesetCommand(rest);
    case 'docs':
      return (await import('./docs-command.js')).runDocsCommand(rest);
    case 'diff':
      return (await import('./diff-command.js')).runDiffCommand(rest);
    case 'types':
      return (await import('./types-command.js')).runTypesCommand(rest);
    case 'export':
      return (await import('./export-command.js')).runExportCommand(rest);
    case 'report':
      return (await import('./report-command.js')).runReportCommand(rest, io);
    case 'links':
      return (await import('./links-command.js')).runLinksCommand(rest, io);
    case 'pseudonymise':
      return (await import('./pseudonymise-command.js')).runPseudonymiseCommand(rest, io);
    default:
      return assertNever(first);
  }
}

function isCommand(word: string): word is Command {
  return COMMANDS.has(word);
}

/**
 * Writes text and resolves once it is handed over: true, or false when the stream reported an error.
 * A closed pipe (EPIPE, as in `cse-screen … | head`) counts as written: the reader chose to stop.
 */
function write(stream: NodeJS.WritableStream, text: string): Promise<boolean> {
  if (text === '') return Promise.resolve(true);
  return new Promise((resolve) => {
    stream.write(text, (error) => {
      resolve(error === null || error === undefined || (error as NodeJS.ErrnoException).code === 'EPIPE');
    });
  });
}

function errorName(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  return /^[A-Za-z_$][A-Za-z0-9_$.]{0,60}$/.test(name) ? name : 'Error';
}
