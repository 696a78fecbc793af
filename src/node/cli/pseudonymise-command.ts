import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Issue } from '../../schema/issue.js';
import { pseudonymiseAssociations } from '../links/pseudonymise-associations.js';
import { createPseudonymKey, readPseudonymKey } from '../links/read-pseudonym-key.js';
import { readNdjsonRecords } from '../report/read-ndjson-records.js';
import type { CliIo } from './cli-io.js';
import { failed, printed, usageError, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--key', takesValue: true },
  { name: '--out', takesValue: true },
  { name: '--new-key', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

const MAX_ISSUES = 20;

/**
 * `cse-screen pseudonymise FILE --key KEY --out FILE`: replaces the raw identifiers in screenings'
 * associations by keyed pseudonyms, streaming; the output is written whole or not at all.
 * `cse-screen pseudonymise --new-key KEY` makes a key file.
 */
export async function runPseudonymiseCommand(argv: readonly string[], io: CliIo): Promise<CommandOutcome> {
  if (wantsHelp(argv)) return printed(HELP.pseudonymise);
  const args = parseArgs(argv, OPTIONS, 1);
  if (!args.success) return failed(EXIT.usage, args.issues);
  const newKey = args.data.values.get('--new-key');
  if (newKey !== undefined) {
    if (args.data.positionals.length > 0 || args.data.values.size > 1) return usageError('--new-key takes no other arguments or options');
    const created = createPseudonymKey(newKey);
    return created.success ? printed(`wrote ${created.data}: keep it with the local authority, never with the data\n`) : failed(EXIT.ioError, created.issues);
  }
  const source = args.data.positionals[0];
  const keyFile = args.data.values.get('--key');
  const out = args.data.values.get('--out');
  if (source === undefined || keyFile === undefined || out === undefined) return usageError('pseudonymise needs FILE, --key KEY and --out FILE; run cse-screen pseudonymise --help');
  const key = readPseudonymKey(keyFile);
  if (!key.success) return failed(EXIT.usage, key.issues);

  const partial = `${out}.partial`;
  const stream = createWriteStream(partial, { mode: 0o600 });
  const issues: Issue[] = [];
  let written = 0;
  try {
    for await (const record of readNdjsonRecords(source, io.stdin)) {
      if (record.kind === 'unreadable') {
        issues.push(...record.issues.map((issue) => ({ ...issue, path: [record.line, ...issue.path] })));
      } else {
        const converted = pseudonymiseAssociations(record.value, key.data);
        issues.push(...converted.issues.map((issue) => ({ ...issue, path: [record.line, ...issue.path] })));
        if (issues.length === 0 && !stream.write(`${JSON.stringify(converted.screening)}\n`)) {
          await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
        }
        written++;
      }
      if (issues.length >= MAX_ISSUES) break;
    }
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  } catch {
    stream.destroy();
    rmSync(partial, { force: true });
    return failed(EXIT.ioError, [{ code: 'file_unreadable', path: [], message: 'could not write the output file' }]);
  }
  if (issues.length > 0) {
    rmSync(partial, { force: true });
    return failed(EXIT.invalidScreening, issues);
  }
  renameSync(partial, out);
  return printed(`wrote ${out}: ${written} screenings\n`);
}
