import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatIssue, safeCompileRuleset, type Screener } from '../../src/index.js';
import { ACTIONS_RULE, largeRuleset, nestedCondition } from '../support/generate-rulesets.js';
import { loadFixture } from '../support/load-fixture.js';

// Hostile rulesets: conditions nested to and past the depth limit, in every combination of kinds, wide
// at-least and count lists, odd filters and odd keys. Every one loads or is refused with issues; none
// throws or hangs. FUZZ_RUNS scales the runs (kept small: each run compiles a ruleset).
const RUNS = Math.max(10, Math.ceil(Number(process.env['FUZZ_RUNS'] ?? 12_500) / 250));
const ODD = ['\u009b', '\u202e', '\u2028', '\u0000', '\u001b[31m', '__proto__', 'constructor', 'prototype', 'toString', '', 'a'.repeat(300)];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('missing', 'older-friend', 'disclosure', 'no-such-indicator').map((indicator) => ({ kind: 'answer', indicator })),
  fc.record({
    kind: fc.constant('count'),
    where: fc.oneof(fc.constant({}), fc.record({ tags: fc.array(fc.constantFrom('t', 'no-such-tag'), { minLength: 1, maxLength: 3 }) }), fc.record({ kinds: fc.constant(['risk']) })),
    min: fc.integer({ min: -1, max: 12 }),
  }, { requiredKeys: ['kind'] }),
  fc.record({ kind: fc.constant('age'), is: fc.constantFrom('under', 'at-most', 'at-least', 'over', 'odd'), years: fc.integer({ min: -1, max: 31 }) }),
  fc.record({ kind: fc.constant('level'), atLeast: fc.constantFrom('low', 'high', 'none') }),
  fc.constantFrom(null, 0, 'all', [], {}, { kind: 'no-such-kind' }),
);

const condition: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ kind: fc.constantFrom('all', 'any'), of: fc.array(tie('node'), { minLength: 0, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('not'), condition: tie('node') }),
    fc.record({ kind: fc.constant('at-least'), count: fc.integer({ min: 0, max: 5 }), of: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) })),
})).node;

/** A condition wrapped in `depth` more levels of one kind, as far past the limit as asked. */
const deep = fc.tuple(fc.constantFrom('all', 'any', 'not', 'at-least' as const), fc.integer({ min: 1, max: 70 }))
  .map(([kind, depth]) => nestedCondition(kind, depth));

/** A wide list: up to 200 count or answer conditions under one at-least or any. */
const wide = fc.tuple(fc.constantFrom('any', 'at-least'), fc.integer({ min: 1, max: 200 }), fc.boolean())
  .map(([kind, width, counts]) => {
    const of = Array.from({ length: width }, (_, at) => (counts ? { kind: 'count', where: {}, min: 1 + (at % 4) } : { kind: 'answer', indicator: 'missing' }));
    return kind === 'any' ? { kind, of } : { kind, count: Math.max(1, width - 1), of };
  });

/** Puts a key with an odd name somewhere in a condition. */
function withOddKey(when: unknown, key: string): unknown {
  if (when === null || typeof when !== 'object' || Array.isArray(when)) return when;
  return { [key]: 1, ...when };
}

/** A "no" never gives a higher computed level than a "yes" for the same item, the others unanswered or all no, at 12 and 15. */
function expectNoNeverRaises(screener: Screener): void {
  for (const indicator of screener.ruleset.indicators) {
    for (const ageYears of [12, 15]) {
      for (const others of [undefined, 'no'] as const) {
        const answers = others === undefined ? {} : Object.fromEntries(screener.ruleset.indicators.map((entry) => [entry.id, others]));
        const rank = (value: 'yes' | 'no'): number => screener.screen({ subject: { ageYears }, answers: { ...answers, [indicator.id]: value } }).computedLevel.rank;
        expect(rank('no'), indicator.id).toBeLessThanOrEqual(rank('yes'));
      }
    }
  }
}

/** How many generated rulesets loaded, so that a test can show its checks on loaded rulesets ran. */
const loaded = { count: 0 };

function loadsOrIsRefused(input: unknown, checkAnswers = false): void {
  const outcome = safeCompileRuleset(input);
  if (outcome.success) {
    loaded.count++;
    expect(typeof outcome.data.screen).toBe('function');
    if (checkAnswers) expectNoNeverRaises(outcome.data);
    return;
  }
  for (const issue of outcome.issues) {
    expect(typeof issue.code).toBe('string');
    expect(Array.isArray(issue.path)).toBe(true);
    expect(formatIssue(issue)).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
  }
}

describe('hostile rulesets load or are refused, never throw or hang', () => {
  test.each([['a level rule', 0], ['an actions rule', ACTIONS_RULE]])('any generated condition in %s, with an odd key or not; one that loads never lets a "no" raise a level', (_name, rule) => {
    // Half the conditions get an odd key (always refused), so that enough of the rest load for the answer check below to run.
    fc.assert(fc.property(fc.oneof(condition, deep, wide), fc.option(fc.constantFrom(...ODD), { nil: undefined, freq: 2 }), (when, odd) => {
      const ruleset = loadFixture('tiered') as unknown as { rules: Record<string, unknown>[] };
      (ruleset.rules[rule] as Record<string, unknown>).when = odd === undefined ? when : withOddKey(when, odd);
      loadsOrIsRefused(JSON.parse(JSON.stringify(ruleset)), true);
    }), { numRuns: RUNS });
    // Deep or wide conditions load as often as hostile ones are refused: the answer check above was not vacuous.
    expect(loaded.count).toBeGreaterThan(0);
  }, 60_000);

  test('large generated rulesets, up to the indicator limit and past it, load or are refused', () => {
    fc.assert(fc.property(fc.integer({ min: 5, max: 1_200 }), fc.integer({ min: 0, max: 2_000 }), (indicators, counts) => {
      loadsOrIsRefused(largeRuleset(indicators, counts));
    }), { numRuns: 4 });
  }, 120_000);
});
