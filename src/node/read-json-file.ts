import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { fail, type Safe } from '../issues/safe.js';
import type { Issue } from '../schema/issue.js';
import { MAX_JSON_BYTES, tooLargeIssue } from './json-size-limit.js';
import { parseJsonText } from './parse-json-text.js';
import type { Warned } from './warned.js';

/**
 * Reads a file and parses it as JSON. A missing file is `file_not_found`, one that cannot be read is
 * `file_unreadable`, one over MAX_JSON_BYTES is `too_large`. Messages name neither the file nor its content.
 * A key that appears twice in one object is a `duplicate_key` warning (see parseJsonText).
 */
export function readJsonFile(path: string): Warned<Safe<unknown>> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return fail([fileIssue(error)]);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail([{ code: 'file_unreadable', path: [], message: 'is a folder, not a file' }]);
    if (stat.isFile() && stat.size > MAX_JSON_BYTES) return fail([tooLargeIssue()]);
    const bytes = readFileSync(fd);
    if (bytes.byteLength > MAX_JSON_BYTES) return fail([tooLargeIssue()]);
    return parseJsonText(bytes);
  } catch (error) {
    return fail([fileIssue(error)]);
  } finally {
    closeSync(fd);
  }
}

/** The issue for a failed open or read, from the system error code alone. */
function fileIssue(error: unknown): Issue {
  const code = systemErrorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'file_not_found', path: [], message: 'names a file that does not exist' };
  if (code === 'EISDIR') return { code: 'file_unreadable', path: [], message: 'is a folder, not a file' };
  return { code: 'file_unreadable', path: [], message: `names a file that cannot be read${code === undefined ? '' : ` (${code})`}` };
}

function systemErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' && /^E[A-Z0-9]{1,20}$/.test(code) ? code : undefined;
}
