import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Screener, type ScreeningInput } from '../../src/index.js';
import { toDecisionResult, toIdsResult } from '../../src/engine/result/project-result.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

const RUNS = 150;

/**
 * The decision and the ids result both ways: written straight by `screen` with detail decision or ids, and
 * projected from the full result (toDecisionResult, toIdsResult).
 */
function expectSameDecision(screener: Screener, screening: unknown, includeFreeText = false): void {
  const full = screener.screen(screening, { includeFreeText });
  const decision = screener.screen(screening, { detail: 'decision', includeFreeText });
  const projected = toDecisionResult(full);
  expect(decision).toStrictEqual(projected);
  // Key for key, in the same order.
  expect(JSON.stringify(decision)).toBe(JSON.stringify(projected));
  const ids = screener.screen(screening, { detail: 'ids', includeFreeText });
  const idsProjected = toIdsResult(full);
  expect(ids).toStrictEqual(idsProjected);
  expect(JSON.stringify(ids)).toBe(JSON.stringify(idsProjected));
}

/** The same screening with no concern recorded: yes, possible and scores above zero left unanswered, so that what is open decides. */
function withoutConcern(screening: ScreeningInput): ScreeningInput {
  const answers = Object.fromEntries(Object.entries(screening.answers).filter(([, answer]) => {
    const value = typeof answer === 'object' ? answer.value : answer;
    return value === 'no' || value === 'unknown' || value === 0;
  }));
  return { ...screening, answers };
}

describe.each(propertyScreeners())('the decision and ids details on %s', (_path: string, screener: Screener) => {
  const { ruleset, stamp } = screener;
  const screenings = screeningArbitrary(ruleset);
  const levels = ruleset.levels.map((level) => level.id);
  const roles = ruleset.policy.judgement.agreementRoles.map((role) => role.id);
  const judgement = fc.option(fc.record({
    level: fc.constantFrom(...levels),
    rationale: fc.constant('Test rationale.'),
    agreedBy: fc.option(fc.record({ role: fc.constantFrom(...roles, 'a-role-not-accepted'), name: fc.constant('Test name') }), { nil: undefined }),
    by: fc.option(fc.constant('Test person'), { nil: undefined }),
  }).map(({ agreedBy, by, ...rest }) => ({ ...rest, ...(agreedBy === undefined ? {} : { agreedBy }), ...(by === undefined ? {} : { by }) })), { nil: undefined });
  // An earlier result from this ruleset (with its level's own rank, or a wrong one), from another version of it, or from another ruleset.
  const previous = fc.option(fc.record({
    level: fc.integer({ min: 0, max: levels.length - 1 }),
    rankShift: fc.constantFrom(0, 0, 1),
    stamp: fc.constantFrom(stamp, { ...stamp, fingerprint: `sha256:${'0'.repeat(64)}` }, { ...stamp, id: 'other-ruleset' }),
  }).map(({ level, rankShift, stamp: from }) => ({ ruleset: from, level: { id: levels[level] ?? '', rank: level + rankShift }, scores: [] })), { nil: undefined });
  const variants = fc.record({
    screening: screenings,
    judgement,
    previous,
    ref: fc.option(fc.constant('case-1'), { nil: undefined }),
    noConcern: fc.boolean(),
    includeFreeText: fc.boolean(),
  }).map(({ screening, judgement: judged, previous: before, ref, noConcern, includeFreeText }) => ({
    includeFreeText,
    screening: {
      ...(noConcern ? withoutConcern(screening) : screening),
      ...(judged === undefined ? {} : { judgement: judged }),
      ...(before === undefined ? {} : { previous: before }),
      ...(ref === undefined ? {} : { ref }),
    },
  }));

  test('a decision or ids result asked for is the projection of the full result, key for key, whatever the answers, judgement, earlier result or free-text option', () => {
    fc.assert(fc.property(variants, ({ screening, includeFreeText }) => {
      expectSameDecision(screener, screening, includeFreeText);
    }), { numRuns: RUNS });
  });

  test('with no concern recorded and items left open, the decision says insufficient information exactly when the full result does', () => {
    fc.assert(fc.property(screenings, (screening) => {
      expectSameDecision(screener, withoutConcern(screening));
    }), { numRuns: 50 });
  });
});

describe('the decision and ids details on the golden cases of the default ruleset', () => {
  const screener = compileRuleset(JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')));
  const files = readdirSync('test/cases').filter((name) => name.endsWith('.json')).sort();
  test.each(files)('%s: the decision and ids results asked for are the full result\'s, projected, key for key', (file) => {
    const golden = JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown };
    expectSameDecision(screener, golden.screening);
    expectSameDecision(screener, golden.screening, true);
  });
});
