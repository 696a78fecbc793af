import { assertNever } from '../../assert-never.js';
import { ageHolds } from '../../ruleset/age-holds.js';
import type { CompiledCondition, CompiledRuleset } from '../compile/compiled-ruleset.js';
import { countNode } from './evaluate-condition.js';
import { NOT_EVALUATED, type EvaluationEnv } from './evaluation-env.js';
import { matchAnswer } from './match-answer.js';
import { countTruth, FALSE, TRUE, UNKNOWN, type Truth } from './truth.js';

/** A condition made into a function of the screening's env: the same truth evaluateCondition gives it. */
export type ConditionTest = (env: EvaluationEnv) => Truth;

/** The tests of each compiled ruleset's rules, made on first use and shared by every screening. */
const TESTS = new WeakMap<CompiledRuleset, readonly ConditionTest[]>();

/**
 * By rule, its condition made into a function once for the ruleset, so that a screening runs each rule
 * without walking the condition's nodes: what evaluateCondition works out node by node, without
 * remembering the inner nodes' truths (explaining works them out again where it reads them; the counts
 * keep their tallies in the memo as before, so counts over the same items are still made once).
 */
export function ruleTests(compiled: CompiledRuleset): readonly ConditionTest[] {
  const known = TESTS.get(compiled);
  if (known !== undefined) return known;
  const tests = compiled.rules.map((rule) => conditionTest(rule.when));
  TESTS.set(compiled, tests);
  return tests;
}

/**
 * The truth of a rule's condition for a screening by its test (ruleTests), remembered at the condition's
 * slot as evaluateCondition remembers it: explaining the rule later reads it from there.
 */
export function runRuleTest(when: CompiledCondition, test: ConditionTest, env: EvaluationEnv): Truth {
  const known = env.memo[when.slot] ?? NOT_EVALUATED;
  if (known !== NOT_EVALUATED) return (known - 1) as Truth;
  const truth = test(env);
  env.memo[when.slot] = truth + 1;
  return truth;
}

/** The function of one condition: the same three-valued truth as evaluateCondition's, node for node. */
export function conditionTest(condition: CompiledCondition): ConditionTest {
  switch (condition.kind) {
    case 'all': return allOf(condition.of.map(conditionTest));
    case 'any': return anyOf(condition.of.map(conditionTest));
    case 'not': {
      const inner = conditionTest(condition.condition);
      return (env) => NEGATED[inner(env)] as Truth;
    }
    case 'at-least': {
      const tests = condition.of.map(conditionTest);
      const { count } = condition;
      return (env) => {
        let known = 0;
        let open = 0;
        for (let i = 0; i < tests.length; i++) {
          const truth = (tests[i] as ConditionTest)(env);
          if (truth === TRUE) known++;
          else if (truth === UNKNOWN) open++;
        }
        return countTruth(known, open, count, Number.POSITIVE_INFINITY);
      };
    }
    case 'answer': {
      const { position, match } = condition;
      return (env) => matchAnswer(env.facts.answers[position], match, env.compiled.ordinalMax[position]);
    }
    case 'count': return (env) => countNode(condition, env);
    case 'score': {
      const { position, min, max } = condition;
      return (env) => {
        const score = env.scores[position];
        if (score === undefined) return FALSE;
        if (score.value >= min && score.potential <= max) return TRUE;
        if (score.potential < min || score.value > max) return FALSE;
        return UNKNOWN;
      };
    }
    case 'age': {
      const { source } = condition;
      const ifUnknown = unknownReadAs(source.ifUnknown);
      return (env) => {
        const age = env.facts.age;
        return age === undefined ? ifUnknown : ageHolds(source, age) ? TRUE : FALSE;
      };
    }
    case 'attribute': {
      const { attribute, is } = condition;
      const ifUnknown = unknownReadAs(condition.ifUnknown);
      return (env) => {
        const value = env.facts.attributes.get(attribute);
        return value === undefined ? ifUnknown : value === is ? TRUE : FALSE;
      };
    }
    case 'context': {
      const { fact, is } = condition;
      const ifUnknown = unknownReadAs(condition.ifUnknown);
      return (env) => {
        const value = env.facts.context.get(fact);
        return value === undefined ? ifUnknown : value === is ? TRUE : FALSE;
      };
    }
    case 'level': {
      const { minRank, maxRank } = condition;
      return (env) => (env.finalRank !== undefined && env.finalRank >= minRank && env.finalRank <= maxRank ? TRUE : FALSE);
    }
    default:
      return assertNever(condition);
  }
}

/** By truth, its negation: unknown stays unknown. */
const NEGATED: readonly Truth[] = [TRUE, FALSE, UNKNOWN];

/** How a fact the screening does not give is read: undetermined, unless the condition's `ifUnknown` says. */
function unknownReadAs(ifUnknown: boolean | undefined): Truth {
  return ifUnknown === undefined ? UNKNOWN : ifUnknown ? TRUE : FALSE;
}

function allOf(tests: readonly ConditionTest[]): ConditionTest {
  if (tests.length === 1) return tests[0] as ConditionTest;
  return (env) => {
    let result: Truth = TRUE;
    for (let i = 0; i < tests.length; i++) {
      const truth = (tests[i] as ConditionTest)(env);
      if (truth === FALSE) return FALSE;
      if (truth === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
}

function anyOf(tests: readonly ConditionTest[]): ConditionTest {
  if (tests.length === 1) return tests[0] as ConditionTest;
  return (env) => {
    let result: Truth = FALSE;
    for (let i = 0; i < tests.length; i++) {
      const truth = (tests[i] as ConditionTest)(env);
      if (truth === TRUE) return TRUE;
      if (truth === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
}
