import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULESET_SHAPE } from '../../src/generated/ruleset-shape.js';
import { RulesetSchema } from '../../src/schema/ruleset.js';
import { changeAt } from '../support/hostile-screening.js';
import { agreesWithZod, awkwardValue, leaveOutAt } from '../support/shape-agreement.js';

const RUNS = Number(process.env['SHAPE_RUNS'] ?? 400);
const agrees = (input: unknown): boolean => agreesWithZod(RulesetSchema, RULESET_SHAPE, input);

const RULESETS = ['rules/brighton-hove-cse.json', 'test/fixtures/tiered.json', 'test/fixtures/weighted.json', 'test/fixtures/signed-off.json'];

describe.each(RULESETS)('the ruleset schema read from its description, for %s', (path) => {
  const ruleset = JSON.parse(readFileSync(path, 'utf8')) as unknown;

  test('takes the ruleset and gives what zod gives', () => {
    expect(agrees(ruleset)).toBe(true);
  });

  test('agrees with zod with one value replaced by a hostile or awkward one', () => {
    let refused = 0;
    fc.assert(fc.property(awkwardValue, fc.nat(), (replacement, pick) => {
      if (!agrees(changeAt(ruleset, pick, () => replacement))) refused++;
    }), { numRuns: RUNS });
    expect(refused).toBeGreaterThan(0);
  });

  test('agrees with zod with one value replaced by one from elsewhere in the ruleset', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), (from, to) => {
      let moved: unknown;
      changeAt(ruleset, from, (old) => { moved = old; return old; });
      agrees(changeAt(ruleset, to, () => moved));
    }), { numRuns: RUNS });
  });

  test('agrees with zod with several values replaced, and with members left out', () => {
    fc.assert(fc.property(fc.array(fc.tuple(awkwardValue, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 5 }), (changes) => {
      let changed = ruleset;
      for (const [replacement, pick, leaveOut] of changes) changed = leaveOut ? leaveOutAt(changed, pick) : changeAt(changed, pick, () => replacement);
      agrees(changed);
    }), { numRuns: RUNS });
  });
});

test('the ruleset schema read from its description agrees with zod on the earlier release of the default ruleset', () => {
  expect(typeof agrees(JSON.parse(readFileSync('rules/archive/brighton-hove-cse-1.0.0.json', 'utf8')))).toBe('boolean');
});
