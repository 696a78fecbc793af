import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type RulesetInput } from '../../src/index.js';
import { createLeanReference, type LeanDecision } from '../../bench/lean-reference/create-lean-reference.js';
import { RefusedScreening } from '../../bench/lean-reference/refused-screening.js';
import { completeScreenings, generateScreenings, loadGoldenCases, variantScreenings } from '../../bench/screenings.js';
import { changeAt, disguise, disguised, hostileValue, richScreeningArbitrary } from '../support/hostile-screening.js';

const rulesetJson = JSON.parse(readFileSync('rules/brighton-hove-cse.json', 'utf8')) as RulesetInput;
const screener = compileRuleset(rulesetJson);
const reference = createLeanReference(screener.ruleset, screener.stamp);

/** `screen` with the decision detail, in the members the reference gives. */
function screenDecision(input: unknown): LeanDecision {
  const { level, firedRules, steps } = screener.screen(input, { detail: 'decision' });
  return { level, firedRules, steps };
}

/** What the reference makes of an input: its decision, or how it refused it. */
function referenceOutcome(input: unknown): LeanDecision | RefusedScreening {
  try {
    return reference(input);
  } catch (error) {
    if (error instanceof RefusedScreening) return error;
    throw error;
  }
}

describe('the lean reference of the bench (bench/lean-reference/)', () => {
  test.each(loadGoldenCases().map((entry) => [entry.file, entry.screening] as const))('decides golden case %s as screen decides it: level, fired rules, steps', (_file, screening) => {
    expect(reference(screening)).toEqual(screenDecision(screening));
  });

  test('decides 300 generated screenings, their variants and their complete forms as screen decides them', () => {
    const generated = generateScreenings(screener.ruleset, 300);
    const inputs = [...generated, ...variantScreenings(screener.ruleset, screener.stamp, generated), ...completeScreenings(screener.ruleset, generated)];
    for (const input of inputs) expect(reference(input)).toEqual(screenDecision(input));
  });

  test('refuses every rich, hostile or disguised input that screen refuses, and decides the others it takes as screen does', () => {
    const rich = richScreeningArbitrary(screener.ruleset, screener.stamp);
    const inputs = [
      ...fc.sample(rich, { seed: 27, numRuns: 300 }),
      ...fc.sample(fc.tuple(rich, fc.nat(), hostileValue), { seed: 28, numRuns: 300 }).map(([input, pick, value]) => changeAt(input, pick, () => value)),
      ...fc.sample(fc.tuple(rich, fc.nat(), disguise), { seed: 29, numRuns: 300 }).map(([input, pick, how]) => changeAt(input, pick, (old) => disguised(old, how))),
    ];
    let decided = 0;
    for (const input of inputs) {
      const expected = screener.safeScreen(input, { detail: 'decision' });
      const outcome = referenceOutcome(input);
      if (!expected.success) {
        expect(outcome).toBeInstanceOf(RefusedScreening);
      } else if (!(outcome instanceof RefusedScreening)) {
        decided++;
        const { level, firedRules, steps } = expected.data;
        expect(outcome).toEqual({ level, firedRules, steps });
      } else {
        // Only what the reference says it does not take may be refused when screen takes it.
        expect(outcome.reason).toBe('unsupported');
      }
    }
    expect(decided).toBeGreaterThan(50);
  });

  test('refuses a screening with a window the indicator does not offer, an unknown answer id or an ordinal score', () => {
    const valid = { subject: { ageYears: 14 }, answers: { 'staying-out-late': { value: 'yes', window: 'last-3-months' } } };
    expect(reference(valid)).toEqual(screenDecision(valid));
    for (const answers of [{ 'looked-after-now': { value: 'yes', window: 'last-3-months' } }, { 'no-such-item': 'yes' }, { 'staying-out-late': 2 }]) {
      const input = { ...valid, answers };
      expect(screener.safeScreen(input).success).toBe(false);
      expect(() => reference(input)).toThrow(RefusedScreening);
    }
  });

  test('refuses a member given as undefined as unsupported rather than guessing what it means', () => {
    const outcome = referenceOutcome({ subject: { ageYears: 14 }, answers: {}, context: undefined });
    expect(outcome).toBeInstanceOf(RefusedScreening);
    expect((outcome as RefusedScreening).reason).toBe('unsupported');
  });

  test('is not created for another release of the ruleset', () => {
    const other = compileRuleset({ ...rulesetJson, meta: { ...rulesetJson.meta, version: '1.2.1' } });
    expect(() => createLeanReference(other.ruleset, other.stamp)).toThrow(/brighton-hove-cse 1\.2\.0/);
  });
});
