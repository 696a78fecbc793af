import { basename, dirname, resolve } from 'node:path';
import { precompiledText, precompileRuleset, splitPrecompiledRuleset } from '../precompile-ruleset.js';
import { readFileBytes } from '../read-file-bytes.js';
import { writeFilesAtomically } from '../write-files-atomically.js';
import { failed, printed, usageError, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--out', takesValue: true },
  { name: '--texts-out', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

/**
 * `cse-screen ruleset precompile PATH --out FILE [--texts-out TEXTS]`: a local ruleset, checked and proved as a full
 * load does, written for `cse-screening/precompiled` (see precompileRuleset), whole or not at all; with
 * --texts-out, as a core and its texts (splitPrecompiledRuleset), both or neither. Exit 3 with every issue when it is refused.
 */
export function runRulesetPrecompileCommand(argv: readonly string[]): CommandOutcome {
  if (wantsHelp(argv)) return printed(HELP['ruleset precompile']);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const source = args.data.positionals[0];
  const out = args.data.values.get('--out');
  if (source === undefined || out === undefined) return usageError('ruleset precompile needs the PATH of a ruleset file and --out FILE; run cse-screen ruleset precompile --help');
  if (resolve(source) === resolve(out)) return usageError('--out must not be the ruleset file itself: name another file');
  const textsOut = args.data.values.get('--texts-out');
  if (textsOut !== undefined && (dirname(resolve(textsOut)) !== dirname(resolve(out)) || resolve(textsOut) === resolve(out) || resolve(textsOut) === resolve(source))) {
    return usageError('--texts-out must name another file in the folder of --out, so that both are written or neither');
  }
  const bytes = readFileBytes(source);
  if (!bytes.success) return failed(EXIT.invalidRuleset, bytes.issues);
  // The file's name only: its folder can name a person's home, and the file may be shipped in an app.
  const built = precompileRuleset(bytes.data, basename(source));
  if (!built.success) return failed(EXIT.invalidRuleset, built.issues);
  const parts = textsOut === undefined ? undefined : splitPrecompiledRuleset(built.data);
  const files = parts === undefined || textsOut === undefined ? new Map([[basename(out), precompiledText(built.data)]])
    : new Map([[basename(out), precompiledText(parts.core)], [basename(textsOut), precompiledText(parts.texts)]]);
  const written = writeFilesAtomically(dirname(out), files);
  if (!written.success) return failed(EXIT.ioError, written.issues);
  const { id, version, fingerprint } = built.data.stamp;
  return printed(`wrote ${out}${textsOut === undefined ? '' : ` and ${textsOut}`}: ${id} ${version} ${fingerprint}\n`);
}
