import { resolveRuleset } from '../bundled-rulesets.js';
import { failed, printed, usageError, warned, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp } from './parse-args.js';

/** `cse-screen ruleset validate PATH`: prints `ok ID VERSION FINGERPRINT`, or every issue with exit code 3. */
export function runRulesetValidateCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP['ruleset validate']);
  const args = parseArgs(argv, [{ name: '--help', short: '-h', takesValue: false }], 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const target = args.data.positionals[0];
  if (target === undefined) return usageError('ruleset validate needs the PATH of a ruleset file; run cse-screen ruleset validate --help');
  const loaded = resolveRuleset(target);
  if (!loaded.success) return warned(failed(EXIT.invalidRuleset, loaded.issues), loaded.warnings);
  const { id, version, fingerprint } = loaded.data.stamp;
  return warned(printed(`ok ${id} ${version} ${fingerprint}\n`), loaded.warnings);
}
