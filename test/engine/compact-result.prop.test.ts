import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Screener, type ScreeningInput } from '../../src/index.js';
import { toDecisionResult, toIdsResultV2 } from '../../src/engine/result/project-result.js';
import { expandResult } from '../../src/explain/expand-result.js';
import { isProtectionId } from '../../src/engine/protect/protection-ids.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

const RUNS = 150;

/**
 * The decision both ways: written straight by `screen` with detail decision, and projected from the full result
 * (toDecisionResult). The ids result (format 3), expanded with its ruleset, is the full result key for key; so is the
 * full result projected to the ids form of earlier releases (format 2) and expanded, but for the protections' effects.
 */
function expectSameDecision(screener: Screener, screening: unknown, includeFreeText = false): void {
  const full = screener.screen(screening, { includeFreeText });
  const decision = screener.screen(screening, { detail: 'decision', includeFreeText });
  const projected = toDecisionResult(full);
  expect(decision).toStrictEqual(projected);
  // Key for key, in the same order.
  expect(JSON.stringify(decision)).toBe(JSON.stringify(projected));
  const ids = screener.screen(screening, { detail: 'ids', includeFreeText });
  const expanded = expandResult(ids, screener.ruleset);
  expect(expanded.decisionOnly).toBe(false);
  expect(expanded.result).toStrictEqual(full);
  expect(JSON.stringify(expanded.result)).toBe(JSON.stringify(full));
  // Format 2 kept no rule effects: the engine's protections read as actions there, as they always did.
  const earlier = expandResult(toIdsResultV2(full), screener.ruleset);
  expect(earlier.result).toStrictEqual({ ...full, firedRules: full.firedRules.map((rule) => (isProtectionId(rule.id) ? { ...rule, effect: { kind: 'actions' } } : rule)) });
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

  test('a decision asked for is the projection of the full result, and an ids result expanded with its ruleset is the full result, key for key, whatever the answers, judgement, earlier result or free-text option', () => {
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
  test.each(files)('%s: the decision asked for is the full result\'s, projected, and the ids result expanded is the full result, key for key', (file) => {
    const golden = JSON.parse(readFileSync(`test/cases/${file}`, 'utf8')) as { screening: unknown };
    expectSameDecision(screener, golden.screening);
    expectSameDecision(screener, golden.screening, true);
  });
});
