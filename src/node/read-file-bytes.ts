import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { fail, succeed, type Safe } from '../issues/safe.js';
import type { Issue } from '../schema/issue.js';
import { MAX_JSON_BYTES, tooLargeIssue } from './json-size-limit.js';

/**
 * Reads a JSON file's bytes, unparsed. A missing file is `file_not_found`, one that cannot be read (or a
 * folder) is `file_unreadable`, one over MAX_JSON_BYTES is `too_large`. Messages name neither the file nor its content.
 */
export function readFileBytes(path: string): Safe<Uint8Array> {
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
    return bytes.byteLength > MAX_JSON_BYTES ? fail([tooLargeIssue()]) : succeed(bytes);
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
