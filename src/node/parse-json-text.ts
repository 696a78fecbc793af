import { fail, succeed, type Safe } from '../issues/safe.js';
import { duplicateKeysOfParsed } from './duplicate-keys-of-parsed.js';
import { locateJsonError } from './locate-json-error.js';
import { withWarnings, type Warned } from './warned.js';

/**
 * Decodes bytes as UTF-8 (a leading byte order mark is dropped) and parses them as JSON. A failure
 * is an `invalid_json` issue at the root that gives the line and column, never any of the text. A key
 * that appears twice in one object (JSON.parse keeps the last) is a `duplicate_key` warning with its path.
 */
export function parseJsonText(bytes: Uint8Array): Warned<Safe<unknown>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail([{ code: 'invalid_json', path: [], message: 'is not UTF-8 text' }]);
  }
  if (text.trim() === '') return fail([{ code: 'invalid_json', path: [], message: 'is empty: expected JSON' }]);
  try {
    const data = JSON.parse(text) as unknown;
    return withWarnings(succeed(data), duplicateKeysOfParsed(text, data));
  } catch {
    // The error's own message quotes the input, so it is dropped; the position is found again here.
    const at = locateJsonError(text);
    const where = at === undefined ? '' : `: syntax error at line ${at.line}, column ${at.column}`;
    return fail([{ code: 'invalid_json', path: [], message: `is not valid JSON${where}` }]);
  }
}
