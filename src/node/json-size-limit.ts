import type { Issue } from '../schema/issue.js';

/** The largest JSON input read from a file or a stream, in bytes. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;

/** The issue for input over MAX_JSON_BYTES. */
export function tooLargeIssue(): Issue {
  return { code: 'too_large', path: [], message: `is larger than ${MAX_JSON_BYTES / (1024 * 1024)} MiB` };
}
