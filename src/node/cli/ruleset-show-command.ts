import { assertNever } from '../../assert-never.js';
import { DEFAULT_RULESET_ID, resolveRuleset } from '../bundled-rulesets.js';
import { type CommandOutcome, failed, printed, warned } from './command-outcome.js';
import { describeRuleset } from './describe-ruleset.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { readOutputFormat } from './output-format.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--format', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

/** `cse-screen ruleset show [ID|PATH]`: a readable summary of a ruleset, or the parsed ruleset as JSON. */
export function runRulesetShowCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP['ruleset show']);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const format = readOutputFormat(args.data.values.get('--format'));
  if (!format.success) return failed(EXIT.usage, format.issues);
  const loaded = resolveRuleset(args.data.positionals[0] ?? DEFAULT_RULESET_ID);
  if (!loaded.success) return warned(failed(EXIT.invalidRuleset, loaded.issues), loaded.warnings);
  switch (format.data) {
    case 'text':
      return warned(printed(describeRuleset(loaded.data)), loaded.warnings);
    case 'json':
      return warned(printed(`${JSON.stringify(loaded.data.ruleset, null, 2)}\n`), loaded.warnings);
    default:
      return warned(assertNever(format.data), loaded.warnings);
  }
}
