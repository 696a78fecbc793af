import { answerClasses } from './answer-classes.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { countPlan } from './count-plan.js';
import { computeScores, type ScoreValue } from './compute-scores.js';
import { evaluateCondition } from './evaluate-condition.js';
import type { EvaluationEnv } from './evaluation-env.js';
import type { ScreeningFacts } from '../read/screening-facts.js';
import { TRUE, UNKNOWN, type Truth } from './truth.js';

/** The level the rules give a screening, before any judgement. */
export interface LevelDecision {
  readonly scores: readonly ScoreValue[];
  /** The environment the level rules were evaluated in (its memo holds their truths). */
  readonly env: EvaluationEnv;
  /** By rule: the truth of each rule that decides the level; UNKNOWN for the others, not evaluated yet. */
  readonly truths: Truth[];
  /** The highest level of every score band and level rule that fired. */
  readonly computedRank: number;
  /** The highest floor or override that fired: no judgement goes below it. */
  readonly bindingRank: number;
  /** The highest level any undetermined rule or score band could still give. */
  readonly potentialRank: number;
}

/** Evaluates the rules that decide the level: the computed level of a screening from its scores and the rules that decide the level. Pure. */
export function evaluateLevelRules(compiled: CompiledRuleset, facts: ScreeningFacts): LevelDecision {
  const scores = computeScores(compiled, facts);
  const counts = countPlan(compiled);
  // The memo starts zero-filled: nothing evaluated, nothing counted (NOT_EVALUATED is 0).
  const env: EvaluationEnv = {
    compiled, facts, scores, finalRank: undefined, memo: new Array<number>(counts.memoSize).fill(0), counts, classes: answerClasses(compiled, facts), matched: new Map(),
  };
  let computedRank = 0;
  let bindingRank = 0;
  let potentialRank = 0;
  for (const score of scores) {
    computedRank = Math.max(computedRank, score.bandRank ?? 0);
    potentialRank = Math.max(potentialRank, score.potentialBandRank ?? 0);
  }
  const truths: Truth[] = new Array<Truth>(compiled.rules.length).fill(UNKNOWN);
  const { rules } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined || !rule.decidesLevel) continue;
    const truth = evaluateCondition(rule.when, env);
    truths[r] = truth;
    if (truth === TRUE) {
      computedRank = Math.max(computedRank, rule.rank);
      if (rule.source.effect.kind !== 'level') bindingRank = Math.max(bindingRank, rule.rank);
    } else if (truth === UNKNOWN) {
      potentialRank = Math.max(potentialRank, rule.rank);
    }
  }
  return { scores, env, truths, computedRank, bindingRank, potentialRank };
}
