import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/ruleset/canonical-json.js';

/** The definition, written out plainly: sorted keys, undefined object members left out, undefined array items as null. */
function plainly(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => plainly(item === undefined ? null : item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${plainly(record[key])}`).join(',')}}`;
}

describe('canonicalJson', () => {
  test('writes keys sorted and no whitespace, whatever the order they were added in', () => {
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
  });

  test('gives the plain definition\'s text for the bundled ruleset, precompiled and as written', () => {
    for (const file of ['rules/brighton-hove-cse.json', 'rules/brighton-hove-cse.compiled.json']) {
      const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(canonicalJson(value)).toBe(plainly(value));
    }
  });

  test('gives the plain definition\'s text for values the native serializer would write differently', () => {
    const odd: unknown[] = [
      undefined, () => 1, { 10: 'a', 2: 'b', a: 'c' }, JSON.parse('{"__proto__":{"x":1},"a":1}'), { when: new Date(0) },
      { f: () => 1, s: Symbol('s'), u: undefined }, [undefined, () => 1, Symbol('s')], new Map([[1, 2]]), { n: Number.NaN, z: -0 },
    ];
    for (const value of odd) expect(canonicalJson(value)).toBe(plainly(value));
  });

  test('gives the plain definition\'s text for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(value) === plainly(value)), { numRuns: 300 });
  });
});
