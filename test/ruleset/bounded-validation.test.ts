import { describe, expect, test } from 'vitest';
import { INPUT_LIMITS } from '../../src/issues/guard-input.js';
import { safeParseRuleset } from '../../src/index.js';
import { ACTIONS_RULE, nestedCondition, rulesetWithCondition, type NestingKind } from '../support/generate-rulesets.js';
import { rulesetIssues } from '../support/ruleset-issues.js';

// Work is counted, not timed: each nested condition's `of` (or `condition`) is a getter that counts its reads.
// Validating by trying every branch of the condition union read it three times per level, so the
// reads grew as 3^depth (a 124 KB ruleset nested 16 deep did not validate in a minute).

/** The condition of `nestedCondition`, with every nested field turned into a counting getter. */
function countingCondition(kind: NestingKind, depth: number): { condition: unknown; reads: () => number } {
  let reads = 0;
  const instrument = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const inner = Array.isArray(value) ? value.map(instrument) : instrument(value);
      if (key === 'of' || key === 'condition') {
        Object.defineProperty(copy, key, { enumerable: true, get: () => { reads++; return inner; } });
      } else {
        copy[key] = inner;
      }
    }
    return copy;
  };
  return { condition: instrument(nestedCondition(kind, depth)), reads: () => reads };
}

/** The deepest nesting of `kind` that the input depth limit lets through in a rule's `when`. */
function deepestAllowed(kind: NestingKind): number {
  // rules -> [n] -> when is 3 levels; each nested condition adds one level for `not`, two for a list.
  const perLevel = kind === 'not' ? 1 : 2;
  return Math.floor((INPUT_LIMITS.maxDepth - 1 - 3) / perLevel);
}

describe('ruleset validation does bounded work, linear in the size of its conditions', () => {
  test.each<NestingKind>(['at-least', 'any', 'all', 'not'])('a condition nested in %s 10 deep is read a few times per level, not once per union branch per level', (kind) => {
    const { condition, reads } = countingCondition(kind, 10);
    expect(rulesetIssues(rulesetWithCondition(condition))).toEqual([]);
    expect(reads()).toBeLessThanOrEqual(10 * 3);
  });

  test.each<NestingKind>(['at-least', 'any', 'all', 'not'])('%s nested as deep as the input depth limit allows validates, and one level more is refused as too_deep', (kind) => {
    const deepest = deepestAllowed(kind);
    expect(deepest).toBeGreaterThanOrEqual(16);
    expect(rulesetIssues(rulesetWithCondition(nestedCondition(kind, deepest)))).toEqual([]);
    expect(rulesetIssues(rulesetWithCondition(nestedCondition(kind, deepest + 1))).map((issue) => issue.code)).toContain('too_deep');
  });

  test('an unknown condition kind is still reported on the condition, naming the kinds allowed', () => {
    const parsed = safeParseRuleset(rulesetWithCondition({ kind: 'all', of: [{ kind: 'canary-kind' }] }));
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.issues;
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'invalid_shape', path: ['rules', ACTIONS_RULE, 'when', 'of', 0] }]);
    expect(issues[0]?.message).toContain('"at-least"');
    expect(issues[0]?.message).not.toContain('canary');
  });
});
