import { escapeUnprintable } from './escape-unprintable.js';

/** One step of a path into the input: a property name or an array index. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
const MAX_KEY_LENGTH = 80;

/**
 * Renders a path as `answers.missing-from-home` or `rules[3].when.of[0]`. Keys are printed, values
 * never are; odd keys are quoted, long ones shortened, and every control, format (bidirectional) and
 * separator character in them escaped as `\uXXXX`, so that a key can neither drive a terminal nor
 * disguise the path.
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment) && segment.length <= MAX_KEY_LENGTH) out += out === '' ? segment : `.${segment}`;
    else out += `[${escapeUnprintable(JSON.stringify(shorten(segment)))}]`;
  }
  return out;
}

function shorten(key: string): string {
  return key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key;
}
