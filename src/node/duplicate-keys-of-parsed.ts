import type { Issue } from '../schema/issue.js';
import { findDuplicateKeys } from './find-duplicate-keys.js';

const QUOTE = 34;

/**
 * The keys given twice in one object of a JSON text already parsed (see findDuplicateKeys), found cheaply
 * in the usual case: a text holds at most as many keys as it has colons just after a closing quote, and
 * the parsed value holds one key fewer for every repeat, so when the two counts agree there is no repeat
 * and the text is not walked again. Only when they differ (a repeat, or such a colon inside a string) is
 * the text read key by key. Paths only, never a value.
 */
export function duplicateKeysOfParsed(text: string, parsed: unknown): Issue[] {
  return keyEndsIn(text) === keysIn(parsed) ? [] : findDuplicateKeys(text);
}

/** How many colons follow a quote, JSON whitespace apart: every key ends so, and some string contents may. */
function keyEndsIn(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    for (let code = text.charCodeAt(before); code === 32 || code === 9 || code === 10 || code === 13; code = text.charCodeAt(before)) before--;
    if (text.charCodeAt(before) === QUOTE) count++;
  }
  return count;
}

/** How many keys the objects of a parsed JSON value hold, all told (only objects and arrays are stacked; no array is made for an object's values). */
function keysIn(parsed: unknown): number {
  let count = 0;
  const stack: object[] = typeof parsed === 'object' && parsed !== null ? [parsed] : [];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    // A parsed JSON object is plain: its enumerable keys are the text's keys, one fewer for each repeat (an inherited one would only
    // make the counts differ, and the text be read key by key).
    for (const key in record) {
      count++;
      const item = record[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return count;
}
