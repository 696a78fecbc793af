import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { Issue } from '../../schema/issue.js';

/** An option a command accepts: a long name, an optional short alias, and whether it takes a value. */
export interface OptionSpec {
  readonly name: `--${string}`;
  readonly short?: `-${string}`;
  readonly takesValue: boolean;
}

/** A parsed command line: positional arguments, option values by long name, and the flags given. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

/**
 * Parses a command's arguments against its options: `--name value`, `--name=value`, `-h`, `-` as
 * a positional (standard input) and `--` to end options. Reports every mistake as a `usage` issue;
 * messages name options only as the spec spells them, never echo the command line (it could hold data).
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], maxPositionals: number): Safe<ParsedArgs> {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const issues: Issue[] = [];
  const usage = (message: string): void => {
    issues.push({ code: 'usage', path: [], message });
  };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = equals === -1 ? arg : arg.slice(0, equals);
    const spec = specs.find((candidate) => candidate.name === written || candidate.short === written);
    if (spec === undefined) {
      usage(`unknown option; the options here are ${specs.map((candidate) => candidate.name).join(', ')}`);
      continue;
    }
    if (values.has(spec.name) || flags.has(spec.name)) usage(`${spec.name} is given more than once`);
    if (!spec.takesValue) {
      if (equals === -1) flags.add(spec.name);
      else usage(`${spec.name} takes no value`);
      continue;
    }
    if (equals !== -1) {
      values.set(spec.name, arg.slice(equals + 1));
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      usage(`${spec.name} needs a value`);
      continue;
    }
    values.set(spec.name, next);
    i++;
  }
  if (positionals.length > maxPositionals) {
    usage(maxPositionals === 0 ? 'takes no arguments' : `takes at most ${maxPositionals} argument${maxPositionals === 1 ? '' : 's'}`);
  }
  return issues.length > 0 ? fail(issues) : succeed({ positionals, values, flags });
}

/** Whether `--help` or `-h` appears before any `--`: help wins over every other mistake on the line. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
