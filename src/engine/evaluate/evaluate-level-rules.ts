import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { countPlan } from './count-plan.js';
import { countAnswers } from './count-answers.js';
import { computeScores, type ScoreValue } from './compute-scores.js';
import { ruleTests, runRuleTest } from './condition-tests.js';
import { NOT_EVALUATED, type EvaluationEnv } from './evaluation-env.js';
import { ageReaders } from './age-readers.js';
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
  // Nothing evaluated yet (NOT_EVALUATED is 0) and every item unanswered; then each answer is read into the classes and the tallies.
  const memo = counts.unansweredMemo.slice();
  const classes = compiled.blanks.zeros.slice();
  countAnswers(compiled, counts, facts, classes, memo);
  const env: EvaluationEnv = { compiled, facts, scores, finalRank: undefined, memo, counts, classes, matched: new Map() };
  const truths: Truth[] = new Array<Truth>(compiled.rules.length).fill(UNKNOWN);
  const { rules } = compiled;
  const tests = ruleTests(compiled);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const test = tests[r];
    if (rule !== undefined && test !== undefined && rule.decidesLevel) truths[r] = runRuleTest(rule.when, test, env);
  }
  return rankLevel(compiled, scores, env, truths);
}

/**
 * The rules that decide the level for the same screening at another age: only the rules that read the age
 * are evaluated again (nothing else a rule or score reads depends on it), in a memo of their own. The same
 * decision as evaluateLevelRules gives the screening at that age. Pure.
 */
export function evaluateLevelRulesAtAge(compiled: CompiledRuleset, decision: LevelDecision, age: number): LevelDecision {
  const facts: ScreeningFacts = { ...decision.env.facts, age };
  const memo = decision.env.memo.slice();
  const env: EvaluationEnv = { ...decision.env, facts, memo, matched: new Map() };
  const truths = decision.truths.slice();
  const { rules } = compiled;
  const tests = ruleTests(compiled);
  const readers = ageReaders(compiled);
  for (const r of readers.rules) for (const slot of readers.slots[r] ?? []) memo[slot] = NOT_EVALUATED;
  for (const r of readers.rules) {
    const rule = rules[r];
    const test = tests[r];
    if (rule !== undefined && test !== undefined && rule.decidesLevel) truths[r] = runRuleTest(rule.when, test, env);
  }
  return rankLevel(compiled, decision.scores, env, truths);
}

/** The level the scores and the rules' truths give: the highest that fired, the highest floor, the highest still within reach. */
function rankLevel(compiled: CompiledRuleset, scores: readonly ScoreValue[], env: EvaluationEnv, truths: Truth[]): LevelDecision {
  let computedRank = 0;
  let bindingRank = 0;
  let potentialRank = 0;
  for (const score of scores) {
    computedRank = Math.max(computedRank, score.bandRank ?? 0);
    potentialRank = Math.max(potentialRank, score.potentialBandRank ?? 0);
  }
  const { rules } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined || !rule.decidesLevel) continue;
    const truth = truths[r];
    if (truth === TRUE) {
      computedRank = Math.max(computedRank, rule.rank);
      if (rule.source.effect.kind !== 'level') bindingRank = Math.max(bindingRank, rule.rank);
    } else if (truth === UNKNOWN) {
      potentialRank = Math.max(potentialRank, rule.rank);
    }
  }
  return { scores, env, truths, computedRank, bindingRank, potentialRank };
}
