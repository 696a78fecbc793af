import { assertNever } from '../assert-never.js';
import { ageHolds } from '../ruleset/age-holds.js';
import type { CompiledCondition, CompiledMatch } from './compiled-ruleset.js';
import { NOT_EVALUATED, type EvaluationEnv } from './evaluation-env.js';
import { matchAnswer } from './match-answer.js';
import { countTruth, FALSE, TRUE, UNKNOWN, type Truth } from './truth.js';

/**
 * Evaluates a compiled condition in three-valued logic: true, false, or unknown because an answer or
 * fact is missing. Each node is worked out once per screening and remembered in the env's memo.
 */
export function evaluateCondition(condition: CompiledCondition, env: EvaluationEnv): Truth {
  const known = env.memo[condition.slot];
  if (known !== undefined && known !== NOT_EVALUATED) return known as Truth;
  const truth = evaluateNode(condition, env);
  env.memo[condition.slot] = truth;
  return truth;
}

function evaluateNode(condition: CompiledCondition, env: EvaluationEnv): Truth {
  switch (condition.kind) {
    case 'all': {
      let result: Truth = TRUE;
      for (const inner of condition.of) {
        const truth = evaluateCondition(inner, env);
        if (truth === FALSE) return FALSE;
        if (truth === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'any': {
      let result: Truth = FALSE;
      for (const inner of condition.of) {
        const truth = evaluateCondition(inner, env);
        if (truth === TRUE) return TRUE;
        if (truth === UNKNOWN) result = UNKNOWN;
      }
      return result;
    }
    case 'not': {
      const truth = evaluateCondition(condition.condition, env);
      return truth === UNKNOWN ? UNKNOWN : truth === TRUE ? FALSE : TRUE;
    }
    case 'at-least': {
      let known = 0;
      let open = 0;
      for (const inner of condition.of) {
        const truth = evaluateCondition(inner, env);
        if (truth === TRUE) known++;
        else if (truth === UNKNOWN) open++;
      }
      return countTruth(known, open, condition.count, Number.POSITIVE_INFINITY);
    }
    case 'answer':
      return matchAnswer(env.facts.answers[condition.position], condition.match, env.compiled.ordinalMax[condition.position]);
    case 'count': {
      const { known, open } = tally(condition.positions, condition.match, env);
      return countTruth(known, open, condition.min, condition.max);
    }
    case 'score': {
      const score = env.scores[condition.position];
      if (score === undefined) return FALSE;
      if (score.value >= condition.min && score.potential <= condition.max) return TRUE;
      if (score.potential < condition.min || score.value > condition.max) return FALSE;
      return UNKNOWN;
    }
    case 'age':
      return env.facts.age === undefined ? readUnknown(condition.source.ifUnknown) : ageHolds(condition.source, env.facts.age) ? TRUE : FALSE;
    case 'attribute':
      return fact(env.facts.attributes.get(condition.attribute), condition.is, condition.ifUnknown);
    case 'context':
      return fact(env.facts.context.get(condition.fact), condition.is, condition.ifUnknown);
    case 'level':
      return env.finalRank !== undefined && env.finalRank >= condition.minRank && env.finalRank <= condition.maxRank ? TRUE : FALSE;
    default:
      return assertNever(condition);
  }
}

function fact(value: boolean | undefined, expected: boolean, ifUnknown: boolean | undefined): Truth {
  return value === undefined ? readUnknown(ifUnknown) : value === expected ? TRUE : FALSE;
}

/** A fact the screening does not give: undetermined, unless the condition's `ifUnknown` says how to read it. */
function readUnknown(ifUnknown: boolean | undefined): Truth {
  return ifUnknown === undefined ? UNKNOWN : ifUnknown ? TRUE : FALSE;
}

/** How many of the selected items definitely match, and how many might: counted once per screening for each selection and match. */
export function tally(positions: readonly number[], match: CompiledMatch, env: EvaluationEnv): { readonly known: number; readonly open: number } {
  let byMatch = env.tallies.get(positions);
  if (byMatch === undefined) {
    byMatch = new Map();
    env.tallies.set(positions, byMatch);
  }
  const counted = byMatch.get(match.key);
  if (counted !== undefined) return counted;
  let known = 0;
  let open = 0;
  for (const position of positions) {
    const truth = matchAnswer(env.facts.answers[position], match, env.compiled.ordinalMax[position]);
    if (truth === TRUE) known++;
    else if (truth === UNKNOWN) open++;
  }
  const result = { known, open };
  byMatch.set(match.key, result);
  return result;
}
