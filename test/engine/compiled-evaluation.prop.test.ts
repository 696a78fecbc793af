import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Screener } from '../../src/index.js';
import { buildCompiledRuleset } from '../../src/engine/compile/build-compiled-ruleset.js';
import { answerClassesOf } from '../support/answer-classes-of.js';
import { conditionTest } from '../../src/engine/evaluate/condition-tests.js';
import { countPlan } from '../../src/engine/evaluate/count-plan.js';
import { evaluateCondition } from '../../src/engine/evaluate/evaluate-condition.js';
import { evaluateLevelRules, evaluateLevelRulesAtAge } from '../../src/engine/evaluate/evaluate-level-rules.js';
import type { EvaluationEnv } from '../../src/engine/evaluate/evaluation-env.js';
import { readScreening } from '../../src/engine/read/read-screening.js';
import type { ScreeningFacts } from '../../src/engine/read/screening-facts.js';
import { councilPortRuleset } from '../support/generate-rulesets.js';
import { propertyScreeners } from '../support/property-rulesets.js';
import { screeningArbitrary } from '../support/screening-arbitrary.js';

const screeners: [string, Screener][] = [...propertyScreeners(), ['a port of 2 copies of the default ruleset', compileRuleset(councilPortRuleset(2))]];

/**
 * The engine runs each rule as a function made once from its condition, counts every tally of a screening
 * in one pass over its answers, and reads a 16 or 17 year old's screening again at 15 through the rules that
 * read the age only. Each must give exactly what the plain walk of the conditions gives.
 */
describe.each(screeners)('the engine\'s compiled evaluation on %s', (_name, screener) => {
  const compiled = buildCompiledRuleset(screener.ruleset);
  const facts = screeningArbitrary(screener.ruleset, { age: fc.option(fc.integer({ min: 8, max: 19 }), { nil: undefined }) }).map((input): ScreeningFacts => {
    const read = readScreening(input, compiled);
    if (!read.success) throw new Error(`the arbitrary screening does not read: ${read.issues.map((issue) => issue.code).join(', ')}`);
    return read.data.facts;
  });
  /** An env in which nothing is worked out yet: evaluateCondition counts each tally itself, node by node. */
  const freshEnv = (from: EvaluationEnv, finalRank: number | undefined): EvaluationEnv => ({
    ...from, finalRank, memo: new Array<number>(countPlan(compiled).memoSize).fill(0), classes: answerClassesOf(compiled, from.facts), matched: new Map(),
  });

  test('a rule\'s function gives the truth the walk of its condition gives, at any final level', () => {
    fc.assert(fc.property(facts, fc.option(fc.nat({ max: compiled.levels.length - 1 }), { nil: undefined }), (screening, finalRank) => {
      const decision = evaluateLevelRules(compiled, screening);
      const walked = compiled.rules.map((rule) => evaluateCondition(rule.when, freshEnv(decision.env, finalRank)));
      const run = compiled.rules.map((rule) => conditionTest(rule.when)({ ...decision.env, finalRank, memo: [...decision.env.memo] }));
      expect(run).toEqual(walked);
      // The level rules' truths as evaluateLevelRules keeps them.
      compiled.rules.forEach((rule, r) => { if (rule.decidesLevel) expect(decision.truths[r]).toBe(evaluateCondition(rule.when, freshEnv(decision.env, undefined))); });
    }), { numRuns: 120 });
  });

  test('the tallies counted in one pass over the answers (countAnswers) are those each count makes over its selection', () => {
    let compared = 0;
    fc.assert(fc.property(facts, (screening) => {
      const decision = evaluateLevelRules(compiled, screening);
      expect(decision.env.classes).toEqual(answerClassesOf(compiled, screening));
      const walked = freshEnv(decision.env, undefined);
      for (const rule of compiled.rules) evaluateCondition(rule.when, walked);
      const plan = countPlan(compiled);
      for (const tally of plan.tallies) {
        // Every tally the walk reached; a count cut short by another condition may not have been.
        if (walked.memo[tally.place] === 0) continue;
        expect([decision.env.memo[tally.place], decision.env.memo[tally.place + 1]]).toEqual([walked.memo[tally.place], walked.memo[tally.place + 1]]);
        compared++;
      }
    }), { numRuns: 120 });
    expect(compared).toBeGreaterThan(0);
  });

  test('the level rules read again at another age give what evaluateLevelRules gives at that age', () => {
    fc.assert(fc.property(facts, fc.integer({ min: 8, max: 19 }), (screening, age) => {
      const atAge = evaluateLevelRulesAtAge(compiled, evaluateLevelRules(compiled, screening), age);
      const expected = evaluateLevelRules(compiled, { ...screening, age });
      expect(atAge.truths).toEqual(expected.truths);
      expect([atAge.computedRank, atAge.bindingRank, atAge.potentialRank]).toEqual([expected.computedRank, expected.bindingRank, expected.potentialRank]);
      expect(atAge.env.facts.age).toBe(age);
    }), { numRuns: 120 });
  });
});
