import { toRulebookHtml, toRulebookMarkdown, type WorkedCase } from '../../index.js';
import { DEFAULT_RULESET_ID, resolveRuleset } from '../bundled-rulesets.js';
import { readCaseFolder } from '../read-case-folder.js';
import { writeFilesAtomically } from '../write-files-atomically.js';
import { type CommandOutcome, failed, printed, usageError, warned } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--out', takesValue: true },
  { name: '--cases', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

/** `cse-screen docs [RULESET] --out DIR [--cases DIR]`: writes the rulebook as Markdown and HTML. */
export function runDocsCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP.docs);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const out = args.data.values.get('--out');
  if (out === undefined) return usageError('docs needs --out DIR, the folder to write the rulebook to; run cse-screen docs --help');
  const loaded = resolveRuleset(args.data.positionals[0] ?? DEFAULT_RULESET_ID);
  if (!loaded.success) return warned(failed(EXIT.invalidRuleset, loaded.issues), loaded.warnings);
  const screener = loaded.data;
  const casesFolder = args.data.values.get('--cases');
  const cases: WorkedCase[] = [];
  if (casesFolder !== undefined) {
    const read = readCaseFolder(casesFolder);
    if (!read.success) return warned(failed(EXIT.invalidScreening, read.issues.map((issue) => ({ ...issue, path: ['cases', ...issue.path] }))), loaded.warnings);
    for (const entry of read.data) {
      const scored = screener.safeScreen(entry.screening);
      if (!scored.success) return warned(failed(EXIT.invalidScreening, scored.issues.map((issue) => ({ ...issue, path: ['cases', entry.file, ...issue.path] }))), loaded.warnings);
      cases.push({ name: entry.name, rationale: entry.rationale, screening: entry.screening as WorkedCase['screening'], result: scored.data });
    }
  }
  const options = { fingerprint: screener.stamp.fingerprint, cases };
  const id = screener.stamp.id;
  const written = writeFilesAtomically(out, new Map([
    [`${id}.md`, toRulebookMarkdown(screener.ruleset, options)],
    [`${id}.html`, toRulebookHtml(screener.ruleset, options)],
  ]));
  if (!written.success) return warned(failed(EXIT.ioError, written.issues), loaded.warnings);
  return warned(printed(written.data.map((path) => `wrote ${path}\n`).join('')), loaded.warnings);
}
