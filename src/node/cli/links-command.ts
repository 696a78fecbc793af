import { DEFAULT_RULESET_ID, resolveRuleset } from '../bundled-rulesets.js';
import { findCaseloadLinks } from '../links/find-caseload-links.js';
import { renderLinksText } from '../links/render-links-text.js';
import type { CliIo } from './cli-io.js';
import { type CommandOutcome, failed, printed, usageError, warned } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';
import { wholeNumber } from './report-command.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--ruleset', takesValue: true },
  { name: '--format', takesValue: true },
  { name: '--suppress-below', takesValue: true },
  { name: '--allow-mixed-keys', takesValue: false },
  { name: '--help', short: '-h', takesValue: false },
];

/** `cse-screen links SCREENINGS [--ruleset ID|PATH] [--format text|json] [--suppress-below N] [--allow-mixed-keys]`: groups of children who share references. */
export async function runLinksCommand(argv: readonly string[], io: CliIo): Promise<CommandOutcome> {
  if (wantsHelp(argv)) return printed(HELP.links);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const source = args.data.positionals[0];
  if (source === undefined) return usageError('links needs SCREENINGS, an NDJSON file of screenings with associations; run cse-screen links --help');
  const format = args.data.values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError('--format must be text or json');
  const suppressBelow = wholeNumber(args.data.values.get('--suppress-below'), 2, 1000);
  if (suppressBelow === null) return usageError('--suppress-below needs a whole number from 2 to 1000');
  const loaded = resolveRuleset(args.data.values.get('--ruleset') ?? DEFAULT_RULESET_ID);
  if (!loaded.success) return warned(failed(EXIT.invalidRuleset, loaded.issues), loaded.warnings);
  const links = await findCaseloadLinks(source, loaded.data, suppressBelow, io.stdin, args.data.flags.has('--allow-mixed-keys'));
  if (!links.success) return warned(failed(EXIT.invalidScreening, links.issues), loaded.warnings, links.warnings);
  return warned(printed(format === 'json' ? `${JSON.stringify(links.data, null, 2)}\n` : renderLinksText(links.data)), loaded.warnings, links.warnings);
}
