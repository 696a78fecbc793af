import type { Safe } from '../issues/safe.js';
import { parseJsonText } from './parse-json-text.js';
import { readFileBytes } from './read-file-bytes.js';
import type { Warned } from './warned.js';

/**
 * Reads a file and parses it as JSON. A missing file is `file_not_found`, one that cannot be read is
 * `file_unreadable`, one over MAX_JSON_BYTES is `too_large` (see readFileBytes). Messages name neither the file nor its content.
 * A key that appears twice in one object is a `duplicate_key` warning (see parseJsonText).
 */
export function readJsonFile(path: string): Warned<Safe<unknown>> {
  const bytes = readFileBytes(path);
  return bytes.success ? parseJsonText(bytes.data) : bytes;
}
