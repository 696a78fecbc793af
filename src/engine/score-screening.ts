import type { Issue } from '../schema/issue.js';
import type { ResultDetail } from '../schema/compact-result.js';
import type { Result } from '../schema/result.js';
import type { ReadScreening } from './read-screening.js';
import { addDays } from '../screening/add-days.js';
import { VERSION } from '../version.js';
import { applyJudgement } from './apply-judgement.js';
import { collectBecause } from './collect-because.js';
import { collectMissing } from './collect-missing.js';
import { compareResults } from './compare-results.js';
import type { CompiledRuleset } from './compiled-ruleset.js';
import { decideLevel } from './decide-level.js';
import { evaluateCondition } from './evaluate-condition.js';
import type { EvaluationEnv } from './evaluation-env.js';
import { selectPathway, type StepContribution } from './select-pathway.js';
import { TRUE, UNKNOWN } from './truth.js';

/** Options for a screening. */
export interface ScreenOptions {
  /** Copy evidence text and the judgement's rationale into the result. Off by default: free text stays with the caller. */
  readonly includeFreeText?: boolean;
  /**
   * How much the result carries: `full` (the default) everything, texts included; `ids` the same with
   * ids where the ruleset holds the text; `decision` the levels, rule and step ids and warning codes only.
   */
  readonly detail?: ResultDetail;
}

/**
 * Scores a checked screening: scores and bands, then the rules that decide the level (highest wins),
 * then the judgement, then the rules that add actions, then the pathway. Pure and deterministic.
 */
export function scoreScreening(compiled: CompiledRuleset, read: ReadScreening, options: ScreenOptions = {}): Result {
  const { screening, facts } = read;
  const includeFreeText = options.includeFreeText === true;
  // The reasons (what each rule rests on, what each undetermined rule waits on) are worked out only when they are kept.
  const explain = options.detail !== 'decision';
  const decision = decideLevel(compiled, facts);
  const { scores, truths, computedRank, bindingRank, potentialRank } = decision;
  const levelEnv = decision.env;
  // What is still unknown matters only where it could take the level above what the rules already give.
  const openRank = potentialRank > computedRank ? potentialRank : 0;

  const present: string[] = [];
  const possible: string[] = [];
  const unknown: string[] = [];
  const unanswered: string[] = [];
  let watchedUnknown = false;
  let levelOpen = false;
  compiled.indicators.forEach((indicator, position) => {
    const answer = facts.answers[position];
    if (answer === undefined) {
      unanswered.push(indicator.id);
      if (compiled.levelRelevant[position] === true) levelOpen = true;
    } else if (answer.code === 'unknown') {
      unknown.push(indicator.id);
      if (compiled.levelRelevant[position] === true) levelOpen = true;
      if (compiled.unknownWatched[position] === true) watchedUnknown = true;
    } else if (answer.code === 'yes' || (answer.score ?? 0) > 0) present.push(indicator.id);
    else if (answer.code === 'possible') possible.push(indicator.id);
  });
  const concernRecorded = present.length > 0 || possible.length > 0;

  const judged = applyJudgement(compiled, { computedRank, bindingRank, concernRecorded }, screening.judgement, includeFreeText);
  // A judgement changes which level's steps apply, never the steps that rules bring in: rules that add
  // actions read the higher of the computed and the final level, so lowering the level removes none of them.
  const actionEnv: EvaluationEnv = { ...levelEnv, finalRank: Math.max(judged.finalRank, computedRank) };
  compiled.rules.forEach((rule, r) => {
    if (!rule.decidesLevel) truths[r] = evaluateCondition(rule.when, actionEnv);
  });
  // Nothing known is not "no concern": with no concern recorded, the lowest level with items open that could raise it is insufficient information.
  const insufficient = !concernRecorded && judged.finalRank === 0 && openRank > 0 && levelOpen;

  const { from, below } = compiled.ruleset.scope.ages;
  const inScope = facts.age === undefined || (facts.age >= from && facts.age < below);
  const contributions: StepContribution[] = [];
  if (concernRecorded) contributions.push({ positions: compiled.concernSteps, origin: { kind: 'concern', id: 'policy.concernSteps' } });
  if (watchedUnknown) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'policy.unknownAnswers' } });
  if (insufficient) contributions.push({ positions: compiled.unknownSteps, origin: { kind: 'unknown', id: 'insufficientInformation' } });
  contributions.push({ positions: compiled.levelSteps[judged.finalRank] ?? [], origin: { kind: 'level', id: compiled.levels[judged.finalRank]?.id ?? '' } });
  compiled.rules.forEach((rule, r) => {
    if (truths[r] !== TRUE) return;
    if (rule.source.effect.kind === 'escalate') contributions.push({ positions: compiled.levelSteps[rule.rank] ?? [], origin: { kind: 'rule', id: rule.source.id } });
    contributions.push({ positions: rule.stepPositions, origin: { kind: 'rule', id: rule.source.id } });
  });
  if (!inScope) contributions.push({ positions: compiled.outOfScopeSteps, origin: { kind: 'scope', id: 'scope.outOfScope' } });

  const envFor = (decidesLevel: boolean): EvaluationEnv => (decidesLevel ? levelEnv : actionEnv);
  const level = (rank: number) => compiled.levels[rank] ?? (compiled.levels[0] as NonNullable<(typeof compiled.levels)[0]>);
  const finalLevel = level(judged.finalRank);
  const potentialRankShown = Math.max(openRank, judged.finalRank);
  // With too little known to rule a higher level out, review on the timescale of the level it could reach.
  const reviewAfterDays = compiled.ruleset.levels[insufficient ? potentialRankShown : judged.finalRank]?.reviewAfterDays;
  const scoreResults = scores.map((score, s) => {
    const source = compiled.scores[s]?.source;
    const band = score.bandRank === undefined ? undefined : compiled.levels[score.bandRank]?.id;
    return { id: source?.id ?? '', label: source?.label ?? '', value: score.value, potential: score.potential, ...(band === undefined ? {} : { level: band }) };
  });
  const result: Result = {
    format: 'cse-screening/result@1',
    engine: { name: 'cse-screening', version: VERSION },
    ruleset: compiled.stamp,
    ...(screening.ref === undefined ? {} : { ref: screening.ref }),
    inScope,
    complete: unanswered.length === 0 && unknown.length === 0,
    computedLevel: level(computedRank),
    level: finalLevel,
    potentialLevel: level(potentialRankShown),
    ...(insufficient ? { insufficientInformation: true as const } : {}),
    ...(judged.outcome === undefined ? {} : { judgement: judged.outcome }),
    firedRules: compiled.rules.flatMap((rule, r) => truths[r] !== TRUE ? [] : [{
      id: rule.source.id, title: rule.source.title, effect: rule.source.effect, because: explain ? collectBecause(rule.when, envFor(rule.decidesLevel)) : [],
    }]),
    undeterminedRules: compiled.rules.flatMap((rule, r) => truths[r] !== UNKNOWN || !couldMatter(rule, computedRank, bindingRank) ? [] : [{
      id: rule.source.id, title: rule.source.title, effect: rule.source.effect, missing: explain ? collectMissing(rule.when, envFor(rule.decidesLevel)) : [],
    }]),
    scores: scoreResults,
    pathway: selectPathway(compiled, contributions),
    present, possible, unknown, unanswered,
    completeness: { answered: compiled.indicators.length - unanswered.length - unknown.length, total: compiled.indicators.length },
    ...(screening.assessedOn === undefined || reviewAfterDays === undefined ? {} : { reviewBy: addDays(screening.assessedOn, reviewAfterDays) }),
    ...(screening.previous === undefined || !previousIsConsistent(screening.previous, compiled) ? {} : { trend: compareResults(screening.previous, { ruleset: compiled.stamp, level: finalLevel, scores: scoreResults }) }),
    ...(includeFreeText ? { evidence: evidenceOf(read, compiled) } : {}),
    warnings: [],
  };
  result.warnings.push(...warningsFor(read, compiled, result, judged.warning));
  if (insufficient) {
    result.warnings.push({
      code: 'insufficient_information', path: ['answers'],
      message: `too little is known to say there is no concern: the level could be as high as ${result.potentialLevel.label}; gather the missing information${result.reviewBy === undefined ? '' : ` and review by ${result.reviewBy}`}`,
    });
  }
  return result;
}

/** An earlier result from this very ruleset must name one of its levels by its own id and rank; from any other, it cannot be checked. */
function previousIsConsistent(previous: NonNullable<ReadScreening['screening']['previous']>, compiled: CompiledRuleset): boolean {
  if (previous.ruleset.fingerprint !== compiled.stamp.fingerprint) return true;
  return compiled.index.levelRank.get(previous.level.id) === previous.level.rank;
}

/**
 * Whether an undetermined rule could still change anything: a rule that adds steps always could; a
 * level rule only if it would raise the level, a floor or override only if it would raise the floor.
 */
function couldMatter(rule: CompiledRuleset['rules'][number], computedRank: number, bindingRank: number): boolean {
  if (!rule.decidesLevel) return true;
  return rule.rank > computedRank || (rule.source.effect.kind !== 'level' && rule.rank > bindingRank);
}

function evidenceOf(read: ReadScreening, compiled: CompiledRuleset): { indicator: string; evidence: string }[] {
  return compiled.indicators.flatMap((indicator, position) => {
    const evidence = read.facts.answers[position]?.evidence;
    return evidence === undefined ? [] : [{ indicator: indicator.id, evidence }];
  });
}

function warningsFor(read: ReadScreening, compiled: CompiledRuleset, result: Result, judgementWarning: Issue | undefined): Issue[] {
  const warnings: Issue[] = [];
  const { ruleset } = compiled;
  if (ruleset.meta.status === 'draft') {
    warnings.push({ code: 'draft_ruleset', path: [], message: `the ruleset ${ruleset.meta.id} ${ruleset.meta.version} is a draft that has not been signed off for live use` });
  }
  if (read.facts.age === undefined) {
    warnings.push({ code: 'age_unknown', path: ['subject', 'ageYears'], message: 'is not given: rules that depend on age could not be decided' });
  } else if (!result.inScope) {
    warnings.push({
      code: 'age_out_of_scope', path: ['subject', read.screening.subject.ageYears === undefined ? 'dateOfBirth' : 'ageYears'],
      message: `is outside the ages this ruleset is made for (${ruleset.scope.ages.from} to ${ruleset.scope.ages.below - 1}): the result is indicative only; follow the out-of-scope route`,
    });
  }
  if (!result.complete || result.undeterminedRules.length > 0) {
    const higher = result.potentialLevel.rank > result.level.rank ? `; the level could be as high as ${result.potentialLevel.label} once they are known` : '';
    warnings.push({
      code: 'incomplete', path: ['answers'],
      message: `${result.unanswered.length} indicator(s) unanswered, ${result.unknown.length} answered unknown and ${result.undeterminedRules.length} rule(s) undecided for want of an answer, window or fact; none was read as no${higher}`,
    });
  }
  if (judgementWarning !== undefined) warnings.push(judgementWarning);
  const previous = read.screening.previous;
  if (previous !== undefined && previous.ruleset.id !== compiled.stamp.id) {
    warnings.push({ code: 'previous_from_other_ruleset', path: ['previous', 'ruleset', 'id'], message: 'names another ruleset: the trend compares level ranks only' });
  } else if (previous !== undefined && previous.ruleset.fingerprint !== compiled.stamp.fingerprint) {
    warnings.push({ code: 'previous_unverified', path: ['previous', 'ruleset', 'fingerprint'], message: 'is of another version of this ruleset, so its level cannot be checked against it: the trend compares level ranks only' });
  } else if (previous !== undefined && !previousIsConsistent(previous, compiled)) {
    warnings.push({ code: 'previous_level_mismatch', path: ['previous', 'level'], message: 'does not match a level of this ruleset (its id and rank disagree with the ruleset it names by fingerprint): no trend is given' });
  }
  return warnings;
}
