import { diffRulesets, impactOfChange, renderDiffMarkdown, type Impact } from '../../index.js';
import type { Safe } from '../../issues/safe.js';
import { renderEarlierReleaseNote } from '../../export/render-earlier-release-note.js';
import { isRulesetPath, resolveRuleset } from '../bundled-rulesets.js';
import { loadEarlierRulesetFile } from '../load-ruleset-file.js';
import { readCaseFolder } from '../read-case-folder.js';
import { failed, printed, usageError, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--cases', takesValue: true },
  { name: '--format', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

function mapSafe<T, U>(safe: Safe<T>, map: (data: T) => U): Safe<U> {
  return safe.success ? { success: true, data: map(safe.data) } : safe;
}

/** `cse-screen diff OLD NEW [--cases DIR] [--format markdown|json]`: what changed, and which cases it moves. */
export function runDiffCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP.diff);
  const args = parseArgs(argv, OPTIONS, 2);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const [oldPath, newPath] = args.data.positionals;
  if (oldPath === undefined || newPath === undefined) return usageError('diff needs two rulesets, OLD and NEW; run cse-screen diff --help');
  const format = args.data.values.get('--format') ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') return usageError('--format must be markdown or json');
  // The earlier release is read even where it fails a protection proved today: the report says which.
  const earlier = isRulesetPath(oldPath) ? loadEarlierRulesetFile(oldPath) : mapSafe(resolveRuleset(oldPath), (screener) => ({ screener, unproved: [] }));
  if (!earlier.success) return failed(EXIT.invalidRuleset, earlier.issues.map((issue) => ({ ...issue, path: ['OLD', ...issue.path] })));
  const before = { data: earlier.data.screener };
  const unproved = earlier.data.unproved;
  const after = resolveRuleset(newPath);
  if (!after.success) return failed(EXIT.invalidRuleset, after.issues.map((issue) => ({ ...issue, path: ['NEW', ...issue.path] })));
  const diff = diffRulesets(before.data.ruleset, after.data.ruleset);
  let impact: Impact | undefined;
  const casesFolder = args.data.values.get('--cases');
  if (casesFolder !== undefined) {
    const read = readCaseFolder(casesFolder);
    if (!read.success) return failed(EXIT.invalidScreening, read.issues.map((issue) => ({ ...issue, path: ['cases', ...issue.path] })));
    impact = impactOfChange(before.data, after.data, read.data.map((entry) => ({ name: entry.name, screening: entry.screening })));
  }
  const earlierNote = renderEarlierReleaseNote(unproved);
  return printed(format === 'json'
    ? `${JSON.stringify({ diff, ...(impact === undefined ? {} : { impact }), ...(unproved.length === 0 ? {} : { earlierUnproved: unproved }) }, null, 2)}\n`
    : `${earlierNote}${renderDiffMarkdown(diff, impact)}`);
}
