import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { duplicateKeysOfParsed } from '../../src/node/duplicate-keys-of-parsed.js';
import { findDuplicateKeys } from '../../src/node/find-duplicate-keys.js';

/** A JSON text of an object whose keys may repeat (JSON.stringify cannot write a repeat, so the text is put together by hand). */
const objectText = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map((value) => JSON.stringify(value)),
    // Strings that look like keys inside values: a quote, spaces and a colon.
    fc.constantFrom('"a\\": 1"', '"\\":"', '" \\" : "'),
    fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'a:', '"'), tie('value'), fc.constantFrom('', ' ', '\n')), { maxLength: 5 })
      .map((members) => `{${members.map(([key, value, space]) => `${JSON.stringify(key)}${space}:${space}${value}`).join(',')}}`),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
  ),
})).value;

describe('finding keys given twice in a parsed JSON text', () => {
  test('finds exactly what the key-by-key reading finds, on texts with and without repeats', () => {
    fc.assert(fc.property(objectText, (text) => {
      expect(duplicateKeysOfParsed(text, JSON.parse(text))).toEqual(findDuplicateKeys(text));
    }), { numRuns: 2000 });
  });

  test('names a repeated answer by its path, and finds none in a text without repeats', () => {
    const text = '{"answers":{"missing":"yes","missing":"no"},"note":"a \\": b"}';
    expect(duplicateKeysOfParsed(text, JSON.parse(text)).map((issue) => [issue.code, issue.path])).toEqual([['duplicate_key', ['answers', 'missing']]]);
    const clean = '{"answers":{"missing":"yes"},"note":"a \\" : b"}';
    expect(duplicateKeysOfParsed(clean, JSON.parse(clean))).toEqual([]);
  });
});
