import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileRuleset, type Screener } from '../../src/index.js';
import { buildCompiledRuleset } from '../../src/engine/compile/build-compiled-ruleset.js';
import { countPlan } from '../../src/engine/evaluate/count-plan.js';
import { answerClassesOf } from '../support/answer-classes-of.js';
import { evaluateCondition } from '../../src/engine/evaluate/evaluate-condition.js';
import { evaluateLevelRules } from '../../src/engine/evaluate/evaluate-level-rules.js';
import { syntheticFacts, type SyntheticAnswer } from '../../src/engine/prove/synthetic-screening.js';
import { variantEvaluator } from '../../src/engine/prove/variant-evaluator.js';
import { councilPortRuleset } from '../support/generate-rulesets.js';
import { propertyScreeners } from '../support/property-rulesets.js';

const ANSWERS: SyntheticAnswer[] = ['yes', 'no', 'possible', 'unknown', 'unanswered'];

const screeners: [string, Screener][] = [...propertyScreeners(), ['a port of 3 copies of the default ruleset', compileRuleset(councilPortRuleset(3))]];

describe.each(screeners)('the proofs\' variant evaluator on %s', (_name, screener) => {
  const compiled = buildCompiledRuleset(screener.ruleset);
  const positions = compiled.indicators.length;
  const attributeIds = screener.ruleset.attributes.map((fact) => fact.id);
  const baseline = fc.record({
    base: fc.constantFrom<SyntheticAnswer>('no', 'unanswered', 'yes'),
    age: fc.option(fc.integer({ min: 8, max: 18 }), { nil: undefined }),
    attributes: fc.subarray(attributeIds).chain((ids) => fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), fc.boolean())))),
  });
  // Several variants in a row through one evaluator: each must be unaffected by the ones before it.
  const variants = fc.array(fc.array(fc.tuple(fc.nat({ max: positions - 1 }), fc.constantFrom(...ANSWERS)), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

  test('gives, variant after variant, the levels evaluateLevelRules gives on the same facts, and every rule\'s truth', () => {
    fc.assert(fc.property(baseline, variants, ({ base, age, attributes }, list) => {
      const attributeMap = new Map(attributes);
      const evaluator = variantEvaluator(compiled, base, age, attributeMap);
      const everyRule = compiled.rules.map((_rule, r) => r);
      for (const overrides of list) {
        // Later overrides of the same indicator win, as in a Map.
        const latest = [...new Map(overrides)];
        const facts = syntheticFacts(compiled, base, new Map(overrides), age, attributeMap);
        const expected = evaluateLevelRules(compiled, facts);
        const ranks = evaluator.ranks(latest);
        expect(ranks).toEqual({ computedRank: expected.computedRank, potentialRank: expected.potentialRank });
        const env = { ...expected.env, memo: new Array<number>(countPlan(compiled).memoSize).fill(0), classes: answerClassesOf(compiled, facts) };
        const truths = compiled.rules.map((rule) => evaluateCondition(rule.when, env));
        expect(evaluator.truths(latest, everyRule)).toEqual(truths);
      }
    }), { numRuns: 150 });
  });
});
