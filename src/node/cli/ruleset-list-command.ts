import type { Issue } from '../../schema/issue.js';
import { DEFAULT_RULESET_ID, listBundledRulesets } from '../bundled-rulesets.js';
import { loadRulesetFile } from '../load-ruleset-file.js';
import { failed, printed, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp } from './parse-args.js';
import { appendIssues } from '../../issues/append-issues.js';

/**
 * `cse-screen ruleset list`: one line per bundled ruleset (id, version, status, title), the default
 * marked. A bundled ruleset that is not valid is listed as invalid, its issues (paths prefixed with
 * its id) go to stderr, and the exit code is 3.
 */
export function runRulesetListCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP['ruleset list']);
  const args = parseArgs(argv, [{ name: '--help', short: '-h', takesValue: false }], 0);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const listed = listBundledRulesets();
  if (!listed.success) return failed(EXIT.invalidRuleset, listed.issues);

  const rows: string[][] = [['ID', 'VERSION', 'STATUS', 'TITLE']];
  const issues: Issue[] = [];
  for (const bundled of listed.data) {
    const loaded = loadRulesetFile(bundled.path);
    const mark = bundled.id === DEFAULT_RULESET_ID ? ' (default)' : '';
    if (loaded.success) {
      const { meta } = loaded.data.ruleset;
      rows.push([bundled.id, meta.version, meta.status, `${meta.title}${mark}`]);
    } else {
      rows.push([bundled.id, '-', 'invalid', `run cse-screen ruleset validate ${bundled.id}${mark}`]);
      appendIssues(issues, loaded.issues, [bundled.id]);
    }
  }
  const stdout = rows.length === 1 ? '' : alignColumns(rows);
  return { exit: issues.length > 0 ? EXIT.invalidRuleset : EXIT.ok, stdout, issues };
}

function alignColumns(rows: readonly string[][]): string {
  const widths = rows.reduce<number[]>((acc, row) => row.map((cell, c) => Math.max(acc[c] ?? 0, cell.length)), []);
  return rows.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ')).join('\n') + '\n';
}
