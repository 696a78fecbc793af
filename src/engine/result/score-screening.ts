import type { ResultDetail } from '../../schema/compact-result.js';
import type { LevelRef, Result } from '../../schema/result.js';
import { protectionBecause, protectionEffect } from '../explain/protection-because.js';
import { PROTECTION_TITLES } from '../protect/protection-titles.js';
import type { ReadScreening } from '../read/read-screening.js';
import { VERSION } from '../../version.js';
import { collectBecause, createReasonWalker } from '../explain/collect-because.js';
import { collectMissing } from '../explain/collect-missing.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { couldMatter } from '../decide/could-matter.js';
import type { EvaluationEnv } from '../evaluate/evaluation-env.js';
import { selectPathway } from '../decide/select-pathway.js';
import { settleScreening } from '../decide/settle-screening.js';
import { suggestFactors } from '../decide/suggest-factors.js';
import { stepContributions } from '../decide/step-contributions.js';
import { resultTail } from './result-tail.js';
import { TRUE, UNKNOWN } from '../evaluate/truth.js';

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
 * `rulesOnly` (the load-time proofs only) leaves out the protections the engine applies to every screening.
 */
export function scoreScreening(compiled: CompiledRuleset, read: ReadScreening, options: ScreenOptions = {}, rulesOnly = false): Result {
  const { screening } = read;
  const includeFreeText = options.includeFreeText === true;
  // The reasons (what each rule rests on, what each undetermined rule waits on) are worked out only when they are kept.
  const explain = options.detail !== 'decision';
  const lists = { present: [] as string[], possible: [] as string[], unknown: [] as string[], unanswered: [] as string[] };
  const settled = settleScreening(compiled, read, includeFreeText, lists, rulesOnly);
  const { decision, judged, actionEnv, insufficient, inScope, computedRank, bindingRank } = settled;
  const { scores, truths } = decision;
  const { unknown, unanswered } = lists;

  const envFor = (decidesLevel: boolean): EvaluationEnv => (decidesLevel ? decision.env : actionEnv);
  // Each result has its own copies of what it takes from the ruleset: nothing done to one result reaches another, or the screener.
  const level = (rank: number): LevelRef => ({ ...(compiled.levels[rank] ?? (compiled.levels[0] as NonNullable<(typeof compiled.levels)[0]>)) });
  const finalLevel = level(judged.finalRank);
  const scoreResults = scores.map((score, s) => {
    const source = compiled.scores[s]?.source;
    const band = score.bandRank === undefined ? undefined : compiled.levels[score.bandRank]?.id;
    return { id: source?.id ?? '', label: source?.label ?? '', value: score.value, potential: score.potential, ...(band === undefined ? {} : { level: band }) };
  });
  // Plain loops rather than flatMap: no wrapper array for each of the ruleset's rules, on every screening.
  const firedRules: Result['firedRules'] = [];
  const undeterminedRules: Result['undeterminedRules'] = [];
  const reasons = createReasonWalker(compiled);
  compiled.rules.forEach((rule, r) => {
    const { id, title, effect } = rule.source;
    if (truths[r] === TRUE) firedRules.push({ id, title, effect: { ...effect }, because: explain ? collectBecause(rule.when, envFor(rule.decidesLevel), reasons) : [] });
    else if (truths[r] === UNKNOWN && couldMatter(rule, computedRank, bindingRank)) {
      undeterminedRules.push({ id, title, effect: { ...effect }, missing: explain ? collectMissing(rule.when, envFor(rule.decidesLevel)) : [] });
    }
  });
  for (const protection of settled.protections) {
    firedRules.push({
      id: protection.id, title: PROTECTION_TITLES[protection.id], effect: protectionEffect(compiled, protection),
      because: explain ? protection.reasons.map((reason) => protectionBecause(compiled, read.facts, reason)) : [],
    });
  }
  const factors = suggestFactors(compiled, read.facts, truths);
  const result: Result = {
    format: 'cse-screening/result@1',
    engine: { name: 'cse-screening', version: VERSION },
    ruleset: { ...compiled.stamp },
    ...(screening.ref === undefined ? {} : { ref: screening.ref }),
    inScope,
    complete: unanswered.length === 0 && unknown.length === 0,
    computedLevel: level(computedRank),
    level: finalLevel,
    potentialLevel: level(settled.potentialRank),
    ...(insufficient ? { insufficientInformation: true as const } : {}),
    ...(judged.outcome === undefined ? {} : { judgement: judged.outcome }),
    firedRules,
    undeterminedRules,
    scores: scoreResults,
    pathway: selectPathway(compiled, stepContributions(compiled, settled)),
    ...(factors === undefined ? {} : { suggestedFactors: factors }),
    ...resultTail(compiled, read, settled, lists, scoreResults, undeterminedRules.length, includeFreeText),
  };
  return result;
}
