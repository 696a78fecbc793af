import type { Issue } from '../../schema/issue.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/**
 * What a command produced, as data: the exit code, the complete text for stdout, and the issues for
 * stderr. Commands never write; `runCli` writes stdout once, whole, after the command has finished.
 */
export interface CommandOutcome {
  readonly exit: ExitCode;
  readonly stdout: string;
  readonly issues: readonly Issue[];
}

/** A successful outcome that prints this text. */
export function printed(stdout: string): CommandOutcome {
  return { exit: EXIT.ok, stdout, issues: [] };
}

/** A failed outcome with these issues and nothing on stdout. */
export function failed(exit: ExitCode, issues: readonly Issue[]): CommandOutcome {
  return { exit, stdout: '', issues };
}

/** The outcome with warnings (such as `duplicate_key`) printed before its own issues; the exit code stands. */
export function warned(outcome: CommandOutcome, ...warnings: (readonly Issue[] | undefined)[]): CommandOutcome {
  const all = warnings.flatMap((list) => list ?? []);
  return all.length === 0 ? outcome : { ...outcome, issues: [...all, ...outcome.issues] };
}

/** A usage error: one `usage` issue at the root, exit code 2. */
export function usageError(message: string): CommandOutcome {
  return failed(EXIT.usage, [{ code: 'usage', path: [], message }]);
}
