import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { escapeUnprintable } from '../../issues/escape-unprintable.js';
import type { Issue } from '../../schema/issue.js';
import { pseudonymiseAssociations } from '../links/pseudonymise-associations.js';
import { isKeyFile } from '../links/is-key-file.js';
import { keyIdOf } from '../links/key-id-of.js';
import { createPseudonymKey, readPseudonymKey } from '../links/read-pseudonym-key.js';
import { readNdjsonRecords } from '../report/read-ndjson-records.js';
import { refuseDuplicateKeys } from '../report/refuse-duplicate-keys.js';
import { systemErrorReason } from '../system-error-reason.js';
import { CREATE_EXCLUSIVELY, tempPathBeside } from '../temp-path-beside.js';
import type { CliIo } from './cli-io.js';
import { failed, printed, usageError, type CommandOutcome } from './command-outcome.js';
import { EXIT } from './exit-codes.js';
import { HELP } from './help-text.js';
import { parseArgs, wantsHelp, type OptionSpec } from './parse-args.js';
import { appendIssues } from '../../issues/append-issues.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: '--key', takesValue: true },
  { name: '--out', takesValue: true },
  { name: '--new-key', takesValue: true },
  { name: '--help', short: '-h', takesValue: false },
];

const MAX_ISSUES = 20;
const BUFFER_CHARS = 64 * 1024;

/**
 * `cse-screen pseudonymise FILE --key KEY --out FILE`: replaces the raw identifiers in screenings'
 * associations by keyed pseudonyms, streaming; the output is written whole or not at all. A line that
 * gives a key twice is refused (`duplicate_key`), as is an output that cannot be written (`file_unwritable`, exit 74).
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
    if (!created.success) return failed(EXIT.ioError, created.issues);
    const made = readPseudonymKey(created.data);
    const id = made.success ? `, key id ${keyIdOf(made.data)}` : '';
    return printed(`wrote ${created.data}${id}: keep it with the local authority, never with the data, and never share or commit it\n`);
  }
  const source = args.data.positionals[0];
  const keyFile = args.data.values.get('--key');
  const out = args.data.values.get('--out');
  if (source === undefined || keyFile === undefined || out === undefined) return usageError('pseudonymise needs FILE, --key KEY and --out FILE; run cse-screen pseudonymise --help');
  const key = readPseudonymKey(keyFile);
  if (!key.success) return failed(EXIT.usage, key.issues);

  if (isKeyFile(out, keyFile)) {
    return failed(EXIT.ioError, [{ code: 'file_unwritable', path: ['out'], message: 'is a key file: a key is never overwritten; nothing was written' }]);
  }
  // A new file under a name no one can predict, created exclusively and owner-only; renamed over OUT once whole.
  const partial = tempPathBeside(out);
  let handle: FileHandle;
  try {
    handle = await open(partial, CREATE_EXCLUSIVELY, 0o600);
  } catch (error) {
    return failed(EXIT.ioError, [unwritable(error)]);
  }
  const issues: Issue[] = [];
  let written = 0;
  let buffer = '';
  try {
    for await (const record of readNdjsonRecords(source, io.stdin)) {
      if (record.kind === 'unreadable') appendIssues(issues, record.issues, [record.line]);
      else if (record.warnings !== undefined) {
        // JSON.parse kept the last of a key given twice; writing that out would erase the other for good.
        appendIssues(issues, refuseDuplicateKeys(record.warnings, [record.line]));
      } else {
        const converted = pseudonymiseAssociations(record.value, key.data);
        appendIssues(issues, converted.issues, [record.line]);
        // JSON.stringify escapes C0 controls; C1, bidirectional and other format characters are escaped too, as the same JSON.
        if (issues.length === 0) buffer += `${escapeUnprintable(JSON.stringify(converted.screening))}\n`;
        if (buffer.length >= BUFFER_CHARS) buffer = await flushed(handle, buffer);
        written++;
      }
      if (issues.length >= MAX_ISSUES) break;
    }
    if (issues.length === 0) {
      await flushed(handle, buffer);
      await handle.sync();
    }
    await handle.close();
    if (issues.length === 0) await rename(partial, out);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    return failed(EXIT.ioError, [unwritable(error)]);
  }
  if (issues.length > 0) {
    await rm(partial, { force: true });
    return failed(EXIT.invalidScreening, issues.slice(0, MAX_ISSUES));
  }
  return printed(`wrote ${out}: ${written} screenings, refs under key id ${keyIdOf(key.data)}\n`);
}

/** Writes the text whole and returns the empty buffer. */
async function flushed(handle: FileHandle, text: string): Promise<string> {
  if (text !== '') await handle.writeFile(text);
  return '';
}

/** The output could not be written: `file_unwritable` at `out`, with the system's error code, never a file's content. */
function unwritable(error: unknown): Issue {
  return { code: 'file_unwritable', path: ['out'], message: `could not write the output file${systemErrorReason(error)}; nothing was written` };
}
