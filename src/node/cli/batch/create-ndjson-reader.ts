import { isUtf8 } from 'node:buffer';
import type { Issue } from '../../../schema/issue.js';
import { duplicateKeysOfParsed } from '../../duplicate-keys-of-parsed.js';
import { MAX_JSON_BYTES, tooLargeIssue } from '../../json-size-limit.js';
import { locateJsonError } from '../../locate-json-error.js';
import type { BatchReader, BatchRecord } from './batch-reader.js';
import { createLineSplitter, type SplitLine } from './create-line-splitter.js';

const CR = 13;

/**
 * Creates a reader for NDJSON: one screening (a JSON object) per line, LF or CRLF. Blank lines are
 * skipped but counted, a byte order mark before the first line is dropped, and a line that is not
 * UTF-8 or not JSON becomes an `invalid_json` record that gives the column, never the text.
 */
export function createNdjsonReader(): BatchReader {
  const splitter = createLineSplitter(MAX_JSON_BYTES);
  let first = true;
  const read = (lines: readonly SplitLine[]): BatchRecord[] => {
    const records: BatchRecord[] = [];
    for (const split of lines) {
      const record = readNdjsonLine(split, first);
      first = false;
      if (record !== undefined) records.push(record);
    }
    return records;
  };
  return {
    push: (chunk) => read(splitter.push(chunk)),
    end: () => read(splitter.end()),
  };
}

/**
 * One line of NDJSON as a record, or undefined for a blank line: `first` for the input's first line, whose
 * byte order mark is dropped. Used by the reader, and by the batch's worker threads on the lines they are given.
 */
export function readNdjsonLine(split: SplitLine, first: boolean): BatchRecord | undefined {
  if (split.kind === 'too-large') return unreadable(split.line, tooLargeIssue());
  let { bytes } = split;
  if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (bytes[bytes.byteLength - 1] === CR) bytes = bytes.subarray(0, -1);
  if (isBlank(bytes)) return undefined;
  if (!isUtf8(bytes)) return unreadable(split.line, { code: 'invalid_json', path: [], message: 'is not UTF-8 text' });
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let screening: unknown;
  try {
    screening = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the line, so it is dropped and the column found again.
    const at = locateJsonError(text);
    const where = at === undefined ? '' : `: syntax error at column ${at.column}`;
    return unreadable(split.line, { code: 'invalid_json', path: [], message: `is not valid JSON${where}` });
  }
  // JSON.parse keeps the last of a key given twice: the record is screened so, and its line says which key.
  const warnings = duplicateKeysOfParsed(text, screening);
  return { kind: 'screening', line: split.line, ref: refOf(screening), screening, ...(warnings.length === 0 ? {} : { warnings }) };
}

function unreadable(line: number, issue: Issue): BatchRecord {
  return { kind: 'unreadable', line, ref: undefined, issues: [issue], fatal: false };
}

/** Whether the bytes are only spaces and tabs (a CR at the end is already gone). */
function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 32 && byte !== 9 && byte !== CR) return false;
  return true;
}

/** The caller's reference: the `ref` of a JSON object, when it is a string. */
function refOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('ref' in value)) return undefined;
  return typeof value.ref === 'string' ? value.ref : undefined;
}
