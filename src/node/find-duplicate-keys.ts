import type { Issue } from '../schema/issue.js';

/** The most duplicate keys listed for one text; past it, one more issue says that there are more. */
export const MAX_DUPLICATE_KEYS = 20;

const QUOTE = 34;
const BACKSLASH = 92;

/** An open object (its keys so far and the one being read) or array (the index being read). */
type Frame =
  | { readonly kind: 'object'; readonly keys: Set<string>; key: string | undefined; expectKey: boolean }
  | { readonly kind: 'array'; index: number };

/**
 * Finds keys that appear more than once in the same object of a text that is already known to be
 * valid JSON (JSON.parse keeps the last silently). Each is a `duplicate_key` warning with the path to
 * the key; the value is never read. One pass, linear in the text; keys are compared as decoded, so
 * `"a"` and `"\u0061"` are the same key.
 */
export function findDuplicateKeys(text: string): Issue[] {
  const issues: Issue[] = [];
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectKey = false;
        top.key = key;
        if (top.keys.has(key)) {
          if (issues.length === MAX_DUPLICATE_KEYS) {
            issues.push({ code: 'duplicate_key', path: [], message: `more keys appear twice in one object than the ${MAX_DUPLICATE_KEYS} listed` });
            return issues;
          }
          issues.push({ code: 'duplicate_key', path: [...pathOf(stack), key], message: 'appears more than once in the same object; only the last is used' });
        }
        top.keys.add(key);
      }
      i = end;
      continue;
    }
    switch (text[i]) {
      case '{': stack.push({ kind: 'object', keys: new Set(), key: undefined, expectKey: true }); break;
      case '[': stack.push({ kind: 'array', index: 0 }); break;
      case '}': case ']': stack.pop(); break;
      case ',': {
        const top = stack.at(-1);
        if (top?.kind === 'object') top.expectKey = true;
        else if (top?.kind === 'array') top.index++;
        break;
      }
      default: break;
    }
  }
  return issues;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i;
  }
  return text.length - 1;
}

/** The path to the key being read in the innermost object: every enclosing object's key and array's index. */
function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (let level = 0; level < stack.length - 1; level++) {
    const frame = stack[level] as Frame;
    path.push(frame.kind === 'object' ? frame.key ?? '' : frame.index);
  }
  return path;
}
