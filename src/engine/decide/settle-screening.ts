import { addDays } from '../../screening/add-days.js';
import { answerStanding, type AnswerLists, type AnswerStanding } from './answer-standing.js';
import { applyJudgement, type JudgedLevel } from './apply-judgement.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { evaluateLevelRules, type LevelDecision } from '../evaluate/evaluate-level-rules.js';
import { ageReaders } from '../evaluate/age-readers.js';
import { ruleTests, runRuleTest, type ConditionTest } from '../evaluate/condition-tests.js';
import type { EvaluationEnv } from '../evaluate/evaluation-env.js';
import { TRUE } from '../evaluate/truth.js';
import { applyProtections, type ListedProtection } from '../protect/apply-protections.js';
import type { ReadScreening } from '../read/read-screening.js';
import { previousIsConsistent } from './previous-is-consistent.js';
import { previousLevel } from './previous-level.js';

/**
 * A screening decided, before it is written out: the full result and the decision are both written from
 * it, so that they can never disagree on the level, the rules, the steps or what is still open.
 */
export interface SettledScreening {
  /** What the rules give; its truths hold every rule's truth once settled, each read in its own env. */
  readonly decision: LevelDecision;
  /** The computed level: the rules' and the protections', before any judgement. */
  readonly computedRank: number;
  /** The highest floor (the rules' floors and overrides, and the protections): no judgement goes below it. */
  readonly bindingRank: number;
  /** The protections that changed the result, listed among the fired rules. */
  readonly protections: readonly ListedProtection[];
  /** By rule: the rules a 16 or 17 year old's screening fires at 15 only, whose steps the child keeps (statutory age limits apart). */
  readonly firedAt15Only: readonly number[];
  readonly judged: JudgedLevel;
  /** The env the rules that add actions were read in: the level's env with the final level known. */
  readonly actionEnv: EvaluationEnv;
  readonly standing: AnswerStanding;
  /** What is still unknown could take the level this high, above what the rules already give; 0 if it could not. */
  readonly openRank: number;
  /** Items still open could raise the level above the final level (at any level): insufficient information. */
  readonly insufficient: boolean;
  /** A verified earlier result was higher, and what is still open could take the level back there. */
  readonly previousNotRuledOut: boolean;
  readonly inScope: boolean;
  /** The potential level a result shows: never below the computed or the final level. */
  readonly potentialRank: number;
  readonly reviewBy: string | undefined;
}

/**
 * Scores and bands, then the rules that decide the level (highest wins), then the protections, then the
 * judgement, then the rules that add actions, then what is still open. Given lists, it files each indicator's id by its answer.
 * `rulesOnly` leaves the protections out: only the load-time proofs ask for it, never a screening.
 */
export function settleScreening(compiled: CompiledRuleset, read: ReadScreening, includeFreeText: boolean, lists?: AnswerLists, rulesOnly = false): SettledScreening {
  const { screening, facts } = read;
  const decision = evaluateLevelRules(compiled, facts);
  const { truths } = decision;
  // Rules only: what the ruleset's own rules give, for the load-time proofs that tell an author where they fall short.
  const protectedLevel = rulesOnly
    ? { computedRank: decision.computedRank, bindingRank: decision.bindingRank, potentialRank: decision.potentialRank, listed: [], at15: undefined }
    : applyProtections(compiled, facts, decision);
  const { computedRank, bindingRank, potentialRank } = protectedLevel;
  // What is still unknown matters only where it could take the level above what the rules already give.
  const openRank = potentialRank > computedRank ? potentialRank : 0;
  const standing = answerStanding(compiled, facts, lists);

  const judged = applyJudgement(compiled, { computedRank, bindingRank, concernRecorded: standing.concernRecorded }, screening.judgement, includeFreeText);
  // A judgement changes which level's steps apply, never the steps that rules bring in: rules that add
  // actions read the higher of the computed and the final level, so lowering the level removes none of them.
  const actionRank = Math.max(judged.finalRank, computedRank);
  const actionEnv: EvaluationEnv = { ...decision.env, finalRank: actionRank };
  const { rules } = compiled;
  const tests = ruleTests(compiled);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const test = tests[r];
    if (rule !== undefined && test !== undefined && !rule.decidesLevel) truths[r] = runRuleTest(rule.when, test, actionEnv);
  }
  const firedAt15Only = rulesFiredAt15Only(compiled, tests, protectedLevel.at15, truths, actionRank);
  // A protection that raised nothing is listed only for steps that nothing else in the result brings in.
  const protections = protectedLevel.listed.filter((entry) => entry.raised || entry.steps.some((step) => !stepBroughtByRules(compiled, truths, judged.finalRank, step)));
  if (firedAt15Only.length > 0 && !protections.some((entry) => entry.id === 'protection-older-child')) {
    protections.push({ id: 'protection-older-child', effect: 'actions', rank: 0, steps: [], reasons: [{ kind: 'age', years: facts.age ?? 0 }], raised: false });
  }

  // Unknown is not no, at every level: where items still open could raise the level above the final one, the
  // information is insufficient to rule that higher level out. A concern that cannot move the level (a
  // vulnerability factor, read as context only) does not make the information sufficient.
  const insufficient = openRank > judged.finalRank && standing.levelOpen;
  const previous = screening.previous;
  const previousRank = previous !== undefined && previous.ruleset.fingerprint === compiled.stamp.fingerprint && previousIsConsistent(previous, compiled)
    ? previousLevel(previous, compiled)?.rank : undefined;
  const potentialRankShown = Math.max(openRank, computedRank, judged.finalRank);
  // A verified earlier result was higher, and what is open now could take the level back there: the fall is not
  // yet established, so it is not taken silently.
  const previousNotRuledOut = previousRank !== undefined && previousRank > judged.finalRank && standing.levelOpen && potentialRankShown >= previousRank;

  const { from, below } = compiled.ruleset.scope.ages;
  const inScope = facts.age === undefined || (facts.age >= from && facts.age < below);
  // The review comes no later than that of any level whose steps the result carries or cannot yet rule out.
  const reviewRanks = [judged.finalRank];
  if (insufficient) reviewRanks.push(potentialRankShown);
  if (previousNotRuledOut && previousRank !== undefined) reviewRanks.push(previousRank);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule !== undefined && truths[r] === TRUE && rule.source.effect.kind === 'escalate') reviewRanks.push(rule.rank);
  }
  for (const r of firedAt15Only) {
    const rule = rules[r];
    if (rule !== undefined && rule.source.effect.kind === 'escalate') reviewRanks.push(rule.rank);
  }
  const reviewAfterDays = earliestReview(compiled, reviewRanks);
  const reviewBy = screening.assessedOn === undefined || reviewAfterDays === undefined ? undefined : addDays(screening.assessedOn, reviewAfterDays);
  return {
    decision, computedRank, bindingRank, protections, firedAt15Only, judged, actionEnv, standing, openRank, insufficient, previousNotRuledOut,
    inScope, potentialRank: potentialRankShown, reviewBy,
  };
}

/** The shortest review interval among the levels given, or undefined when none of them sets one. */
function earliestReview(compiled: CompiledRuleset, ranks: readonly number[]): number | undefined {
  let days: number | undefined;
  for (const rank of ranks) {
    const interval = compiled.ruleset.levels[rank]?.reviewAfterDays;
    if (interval !== undefined && (days === undefined || interval < days)) days = interval;
  }
  return days;
}

/**
 * The rules that fire for the same screening at 15 but not at the child's own age of 16 or 17, other than
 * those whose steps a statute limits by age: the child keeps their steps. Rules that add actions are read
 * at 15 with the same final level.
 */
function rulesFiredAt15Only(
  compiled: CompiledRuleset, tests: readonly ConditionTest[], at15: LevelDecision | undefined, truths: readonly number[], actionRank: number,
): number[] {
  if (at15 === undefined) return [];
  const env15: EvaluationEnv = { ...at15.env, finalRank: actionRank };
  const fired: number[] = [];
  const { rules } = compiled;
  // A rule that does not read the age has the same truth at 15 as at the child's own age: only those that do are read again.
  for (const r of ageReaders(compiled).rules) {
    const rule = rules[r];
    const test = tests[r];
    if (rule === undefined || test === undefined || rule.ageLimited || truths[r] === TRUE) continue;
    const truth = rule.decidesLevel ? at15.truths[r] : runRuleTest(rule.when, test, env15);
    if (truth === TRUE) fired.push(r);
  }
  return fired;
}

/** Whether a step is brought in by the final level or by a rule that fired (an escalation's level included). */
function stepBroughtByRules(compiled: CompiledRuleset, truths: readonly number[], finalRank: number, step: number): boolean {
  if (compiled.levelSteps[finalRank]?.includes(step) === true) return true;
  return compiled.rules.some((rule, r) => truths[r] === TRUE && (rule.stepPositions.includes(step)
    || (rule.source.effect.kind === 'escalate' && compiled.levelSteps[rule.rank]?.includes(step) === true)));
}
