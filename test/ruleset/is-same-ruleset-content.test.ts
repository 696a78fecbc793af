import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprintRuleset } from '../../src/index.js';
import { isSameRulesetContent } from '../../src/ruleset/is-same-ruleset-content.js';
import type { Ruleset } from '../../src/schema/ruleset.js';

// How a fresh precompiled ruleset is told to hold the very ruleset of its file, without a second fingerprint:
// the same JSON text, members in the same order, $schema aside. Never looser than comparing fingerprints.
const PRECOMPILED = JSON.parse(readFileSync('rules/brighton-hove-cse.compiled.json', 'utf8')) as { ruleset: Ruleset };

/** An object as JSON gives it, to stand in for a ruleset: the comparison reads only its JSON. */
const record = fc.dictionary(fc.string(), fc.jsonValue()) as fc.Arbitrary<unknown> as fc.Arbitrary<Ruleset>;

describe('isSameRulesetContent', () => {
  test('is true for a ruleset and its JSON read back, whatever either $schema says', () => {
    const ruleset = PRECOMPILED.ruleset;
    expect(isSameRulesetContent(ruleset, JSON.parse(JSON.stringify(ruleset)))).toBe(true);
    expect(isSameRulesetContent(ruleset, { ...ruleset, $schema: 'elsewhere.json' })).toBe(true);
  });

  test('is false once a rule is taken out or a text is changed', () => {
    const ruleset = PRECOMPILED.ruleset;
    expect(isSameRulesetContent(ruleset, { ...ruleset, rules: ruleset.rules.slice(1) })).toBe(false);
    expect(isSameRulesetContent(ruleset, { ...ruleset, meta: { ...ruleset.meta, title: `${ruleset.meta.title}.` } })).toBe(false);
  });

  test('is false for the same members in another order, though the fingerprint is the same: never looser than the fingerprint', () => {
    const ruleset = PRECOMPILED.ruleset;
    const reversed = Object.fromEntries(Object.entries(ruleset).reverse()) as Ruleset;
    expect(fingerprintRuleset(reversed)).toBe(fingerprintRuleset(ruleset));
    expect(isSameRulesetContent(ruleset, reversed)).toBe(false);
  });

  test('is false for a value that is not a plain object, or that cannot be written as JSON', () => {
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level++) deep = { deep };
    for (const other of [null, undefined, 'ruleset', [PRECOMPILED.ruleset], { ...PRECOMPILED.ruleset, deep }, { ...PRECOMPILED.ruleset, big: 1n }]) {
      expect(isSameRulesetContent(PRECOMPILED.ruleset, other)).toBe(false);
    }
  });

  test('gives the same fingerprint whenever it is true, for any JSON objects, copies or not', () => {
    fc.assert(fc.property(record, record, fc.boolean(), (a, other, copied) => {
      const b = copied ? JSON.parse(JSON.stringify(a)) as Ruleset : other;
      return !isSameRulesetContent(a, b) || fingerprintRuleset(a) === fingerprintRuleset(b);
    }), { numRuns: 300 });
  });

  test('is true for any JSON object and its copy, in the same order, whatever else the copy\'s $schema says', () => {
    fc.assert(fc.property(record, fc.option(fc.string(), { nil: undefined }), (a, schema) => {
      const copy = { ...JSON.parse(JSON.stringify(a)) as Ruleset, ...(schema === undefined ? {} : { $schema: schema }) };
      return isSameRulesetContent(a, copy);
    }), { numRuns: 300 });
  });
});
