import type { Issue } from '../../schema/issue.js';
import type { BatchReader, BatchRecord } from '../cli/batch/batch-reader.js';
import { createNdjsonReader } from '../cli/batch/create-ndjson-reader.js';
import { openBatchSource } from '../cli/batch/open-batch-source.js';
import type { CliIo } from '../cli/cli-io.js';

/**
 * A JSON value read from one line of an NDJSON file, or the issue that stopped it being read. A value
 * whose line gives a key twice carries `duplicate_key` warnings (paths within the line): JSON.parse kept
 * the last, and each caller decides whether to refuse the line or to use it and say so.
 */
export type NdjsonRecord =
  | { readonly kind: 'value'; readonly line: number; readonly value: unknown; readonly warnings?: readonly Issue[] }
  | { readonly kind: 'unreadable'; readonly line: number; readonly issues: readonly Issue[] };

/**
 * Reads an NDJSON file (or standard input for `-`) one line at a time, pulling chunks only as fast as
 * the caller takes records, so memory holds one chunk and one line whatever the file's size. A file
 * that cannot be opened or read yields one `unreadable` record at line 0, and nothing after it.
 */
export function readNdjsonRecords(source: string, stdin: CliIo['stdin']): AsyncGenerator<NdjsonRecord> {
  return readBatchRecords(source, stdin, createNdjsonReader());
}

/** {@link readNdjsonRecords} with another reader of batch input, such as assess --batch's CSV reader: records numbered by the line they start on. */
export async function* readBatchRecords(source: string, stdin: CliIo['stdin'], reader: BatchReader): AsyncGenerator<NdjsonRecord> {
  const opened = await openBatchSource(source, stdin);
  if (!opened.success) {
    yield { kind: 'unreadable', line: 0, issues: opened.issues };
    return;
  }
  try {
    for await (const chunk of opened.data.chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Uint8Array;
      yield* reader.push(bytes).map(toRecord);
    }
  } catch {
    yield { kind: 'unreadable', line: 0, issues: [{ code: 'file_unreadable', path: [], message: 'could not be read to the end' }] };
    return;
  }
  yield* reader.end().map(toRecord);
}

function toRecord(record: BatchRecord): NdjsonRecord {
  if (record.kind !== 'screening') return { kind: 'unreadable', line: record.line, issues: record.issues };
  return record.warnings === undefined
    ? { kind: 'value', line: record.line, value: record.screening }
    : { kind: 'value', line: record.line, value: record.screening, warnings: record.warnings };
}
