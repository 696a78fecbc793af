import { addDays } from '../../screening/add-days.js';
import { answerStanding, type AnswerLists, type AnswerStanding } from './answer-standing.js';
import { applyJudgement, type JudgedLevel } from './apply-judgement.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { decideLevel, type LevelDecision } from './decide-level.js';
import { evaluateCondition } from '../evaluate/evaluate-condition.js';
import type { EvaluationEnv } from '../evaluate/evaluation-env.js';
import type { ReadScreening } from '../read/read-screening.js';

/**
 * A screening decided, before it is written out: the full result and the decision are both written from
 * it, so that they can never disagree on the level, the rules, the steps or what is still open.
 */
export interface SettledScreening {
  /** The level the rules give; its truths hold every rule's truth once settled, each read in its own env. */
  readonly decision: LevelDecision;
  readonly judged: JudgedLevel;
  /** The env the rules that add actions were read in: the level's env with the final level known. */
  readonly actionEnv: EvaluationEnv;
  readonly standing: AnswerStanding;
  /** What is still unknown could take the level this high, above what the rules already give; 0 if it could not. */
  readonly openRank: number;
  /** With no concern recorded that can move the level, the lowest level with items open that could raise it: insufficient information. */
  readonly insufficient: boolean;
  readonly inScope: boolean;
  /** The potential level a result shows: never below the final level. */
  readonly potentialRank: number;
  readonly reviewBy: string | undefined;
}

/**
 * Scores and bands, then the rules that decide the level (highest wins), then the judgement, then the
 * rules that add actions, then what is still open. Given lists, it files each indicator's id by its answer.
 */
export function settleScreening(compiled: CompiledRuleset, read: ReadScreening, includeFreeText: boolean, lists?: AnswerLists): SettledScreening {
  const { screening, facts } = read;
  const decision = decideLevel(compiled, facts);
  const { truths, computedRank, bindingRank, potentialRank } = decision;
  // What is still unknown matters only where it could take the level above what the rules already give.
  const openRank = potentialRank > computedRank ? potentialRank : 0;
  const standing = answerStanding(compiled, facts, lists);
  const { concernRecorded } = standing;

  const judged = applyJudgement(compiled, { computedRank, bindingRank, concernRecorded }, screening.judgement, includeFreeText);
  // A judgement changes which level's steps apply, never the steps that rules bring in: rules that add
  // actions read the higher of the computed and the final level, so lowering the level removes none of them.
  const actionEnv: EvaluationEnv = { ...decision.env, finalRank: Math.max(judged.finalRank, computedRank) };
  const { rules } = compiled;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule !== undefined && !rule.decidesLevel) truths[r] = evaluateCondition(rule.when, actionEnv);
  }
  // Nothing known is not "no concern": with no concern recorded on an indicator that can move the level, the lowest
  // level with items open that could raise it is insufficient information. A concern that cannot move the level
  // (a vulnerability factor, read as context only) does not make the information sufficient: recording it must
  // never take this protection, its steps or its earlier review away.
  const insufficient = !standing.levelConcern && judged.finalRank === 0 && openRank > 0 && standing.levelOpen;

  const { from, below } = compiled.ruleset.scope.ages;
  const inScope = facts.age === undefined || (facts.age >= from && facts.age < below);
  const potentialRankShown = Math.max(openRank, judged.finalRank);
  // With too little known to rule a higher level out, review on the timescale of the level it could reach.
  const reviewAfterDays = compiled.ruleset.levels[insufficient ? potentialRankShown : judged.finalRank]?.reviewAfterDays;
  const reviewBy = screening.assessedOn === undefined || reviewAfterDays === undefined ? undefined : addDays(screening.assessedOn, reviewAfterDays);
  return { decision, judged, actionEnv, standing, openRank, insufficient, inScope, potentialRank: potentialRankShown, reviewBy };
}
