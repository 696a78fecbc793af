import { fail, type Safe } from '../issues/safe.js';
import { MAX_JSON_BYTES, tooLargeIssue } from './json-size-limit.js';
import { parseJsonText } from './parse-json-text.js';
import type { Warned } from './warned.js';

/**
 * Reads a stream to its end and parses it as JSON. A stream error is `file_unreadable` and more than
 * MAX_JSON_BYTES is `too_large`; messages never quote what was read. A key that appears twice in
 * one object is a `duplicate_key` warning (see parseJsonText).
 */
export async function readJsonStream(stream: AsyncIterable<unknown>): Promise<Warned<Safe<unknown>>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk instanceof Uint8Array ? chunk : undefined;
      if (bytes === undefined) return fail([{ code: 'file_unreadable', path: [], message: 'gave data that is not text' }]);
      size += bytes.byteLength;
      if (size > MAX_JSON_BYTES) return fail([tooLargeIssue()]);
      chunks.push(bytes);
    }
  } catch {
    return fail([{ code: 'file_unreadable', path: [], message: 'could not be read to the end' }]);
  }
  return parseJsonText(Buffer.concat(chunks));
}
