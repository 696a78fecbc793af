import { assertNever } from '../../assert-never.js';
import { OTHER } from './answer-classes.js';
import { ageHolds } from '../../ruleset/age-holds.js';
import type { CompiledCondition } from '../compile/compiled-ruleset.js';
import { NOT_EVALUATED, type EvaluationEnv } from './evaluation-env.js';
import { matchAnswer } from './match-answer.js';
import { countTruth, FALSE, TRUE, UNKNOWN, type Truth } from './truth.js';

/**
 * Evaluates a compiled condition in three-valued logic: true, false, or unknown because an answer or
 * fact is missing. Each node is worked out once per screening and remembered in the env's memo.
 */
export function evaluateCondition(condition: CompiledCondition, env: EvaluationEnv): Truth {
  const known = env.memo[condition.slot] ?? NOT_EVALUATED;
  if (known !== NOT_EVALUATED) return (known - 1) as Truth;
  const truth = evaluateNode(condition, env);
  env.memo[condition.slot] = truth + 1;
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
    case 'count':
      return countNode(condition, env);
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

/** The table of a count that reads every answer whole (one whose match asks for windows). */
const NO_TABLE: readonly Truth[] = [];

/**
 * Whether one selected item matches a count: a yes/no item's answer is read from the count's table by
 * class; anything else by matchAnswer (OTHER is past the table's end). The count itself reads it so, inlined.
 */
export function countedItemTruth(condition: Extract<CompiledCondition, { kind: 'count' }>, position: number, env: EvaluationEnv): Truth {
  const table = env.counts.truthsBySlot[condition.slot] ?? NO_TABLE;
  return table[env.classes[position] ?? OTHER] ?? matchAnswer(env.facts.answers[position], condition.match, env.compiled.ordinalMax[position]);
}

/**
 * Where a count stands: how many of the selected items definitely match (known) and how many might (open),
 * counted once per screening for each selection and match, and kept in the env's memo.
 */
export function countNode(condition: Extract<CompiledCondition, { kind: 'count' }>, env: EvaluationEnv): Truth {
  const { memo, counts } = env;
  const at = counts.tallyAt[condition.slot] ?? -1;
  const counted = at < 0 ? NOT_EVALUATED : memo[at] ?? NOT_EVALUATED;
  if (counted !== NOT_EVALUATED) return countTruth(counted - 1, memo[at + 1] ?? 0, condition.min, condition.max);
  let known = 0;
  let open = 0;
  const { positions, match } = condition;
  const { classes } = env;
  const table = counts.truthsBySlot[condition.slot] ?? NO_TABLE;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    const truth = table[classes[position] ?? OTHER] ?? matchAnswer(env.facts.answers[position], match, env.compiled.ordinalMax[position]);
    if (truth === TRUE) known++;
    else if (truth === UNKNOWN) open++;
  }
  if (at >= 0) {
    memo[at] = known + 1;
    memo[at + 1] = open;
  }
  return countTruth(known, open, condition.min, condition.max);
}
