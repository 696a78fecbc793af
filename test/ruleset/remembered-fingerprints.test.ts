import { describe, expect, test } from 'vitest';
import { fingerprintRuleset } from '../../src/index.js';
import { rememberedFingerprint, rememberFingerprint } from '../../src/ruleset/remembered-fingerprints.js';
import type { Ruleset } from '../../src/schema/ruleset.js';
import { fixtureScreener } from '../support/fixture-screener.js';

// A screener's stamp is worked out as it is built; explaining its results with its ruleset reads that
// fingerprint back instead of hashing the ruleset again. Any other ruleset object is fingerprinted as given.
describe('rememberedFingerprint', () => {
  test('gives a screener\'s ruleset the fingerprint in the screener\'s stamp', () => {
    const screener = fixtureScreener('tiered');
    expect(rememberedFingerprint(screener.ruleset)).toBe(screener.stamp.fingerprint);
    expect(rememberedFingerprint(screener.ruleset)).toBe(fingerprintRuleset(screener.ruleset));
  });

  test('works out the fingerprint of a ruleset object it has not seen, copies included', () => {
    const screener = fixtureScreener('weighted');
    const fewer: Ruleset = { ...screener.ruleset, rules: screener.ruleset.rules.slice(1) };
    expect(rememberedFingerprint(fewer)).toBe(fingerprintRuleset(fewer));
    expect(rememberedFingerprint(fewer)).not.toBe(screener.stamp.fingerprint);
  });

  test('remembers the fingerprint last given for an object, never an earlier one', () => {
    const ruleset: Ruleset = { ...fixtureScreener('tiered').ruleset };
    const first = rememberFingerprint(ruleset, fingerprintRuleset(ruleset));
    ruleset.rules = ruleset.rules.slice(1);
    const second = rememberFingerprint(ruleset, fingerprintRuleset(ruleset));
    expect(second).not.toBe(first);
    expect(rememberedFingerprint(ruleset)).toBe(second);
  });
});
