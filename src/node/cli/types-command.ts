import { basename, dirname } from 'node:path';
import { DEFAULT_RULESET_ID, resolveRuleset } from '../bundled-rulesets.js';
import { safeGenerateAnswersType } from '../generate-answers-type.js';
import { writeFilesAtomically } from '../write-files-atomically.js';
import { type CommandOutcome, failed, printed, usageError, warned } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';


const OPTIONS: readonly OptionSpec[] = [
  { name: '--out', takesValue: true },
  { name: '--name', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

/** `cse-screen types [RULESET] --out FILE [--name TYPE]`: a TypeScript answers type for the ruleset. */
export async function runTypesCommand(argv: readonly string[]): Promise<CommandOutcome> {
  if (wantsHelp(argv)) return printed(HELP.types);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const out = args.data.values.get('--out');
  if (out === undefined) return usageError('types needs --out FILE, the .ts or .d.ts file to write; run cse-screen types --help');
  const loaded = resolveRuleset(args.data.positionals[0] ?? DEFAULT_RULESET_ID);
  if (!loaded.success) return warned(failed(EXIT.invalidRuleset, loaded.issues), loaded.warnings);
  const name = args.data.values.get('--name') ?? `${loaded.data.stamp.id.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('')}Answers`;
  if (!/^[A-Z][A-Za-z0-9]*Answers$/.test(name)) return warned(usageError('--name must be a PascalCase type name ending in Answers'), loaded.warnings);
  const source = await safeGenerateAnswersType(loaded.data.ruleset, name);
  if (!source.success) return warned(failed(EXIT.missingDependency, source.issues), loaded.warnings);
  const written = writeFilesAtomically(dirname(out), new Map([[basename(out), source.data]]));
  if (!written.success) return warned(failed(EXIT.ioError, written.issues), loaded.warnings);
  return warned(printed(`wrote ${out}\n`), loaded.warnings);
}
