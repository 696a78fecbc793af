import type { DecisionResult } from '../../schema/compact-result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { couldMatter } from '../decide/could-matter.js';
import type { ReadScreening } from '../read/read-screening.js';
import { selectStepIds } from '../decide/select-pathway.js';
import { settleScreening } from '../decide/settle-screening.js';
import { suggestFactors } from '../decide/suggest-factors.js';
import { bringSteps } from '../decide/step-contributions.js';
import { TRUE, UNKNOWN } from '../evaluate/truth.js';
import { warningCodes } from '../explain/warning-codes.js';

/**
 * The decision on a checked screening, written straight from the settled screening as ids and codes: the
 * same decision as the full result's (toDecisionResult of scoreScreening), without the texts, the reasons,
 * the answer lists or the scores that the decision does not carry. Pure and deterministic.
 */
export function decideScreening(compiled: CompiledRuleset, read: ReadScreening): DecisionResult {
  const settled = settleScreening(compiled, read, false);
  const { decision, judged, insufficient, reviewBy, computedRank, bindingRank } = settled;
  const { truths } = decision;
  const { levels, rules } = compiled;
  const firedRules: string[] = [];
  const undeterminedRules: string[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule === undefined) continue;
    if (truths[r] === TRUE) firedRules.push(rule.source.id);
    else if (truths[r] === UNKNOWN && couldMatter(rule, computedRank, bindingRank)) undeterminedRules.push(rule.source.id);
  }
  for (const protection of settled.protections) firedRules.push(protection.id);
  const levelId = (rank: number): string => (levels[rank] ?? levels[0])?.id ?? '';
  const { id, version, fingerprint } = compiled.stamp;
  const { ref } = read.screening;
  const outcome = judged.outcome;
  const factors = suggestFactors(compiled, read.facts, truths);
  // Field by field in the order of toDecisionResult, so that the two are equal key for key.
  return {
    format: 'cse-screening/decision@1',
    ruleset: { id, version, fingerprint },
    ...(ref === undefined ? {} : { ref }),
    inScope: settled.inScope,
    complete: settled.standing.unanswered === 0 && settled.standing.unknown === 0,
    computedLevel: levelId(computedRank),
    level: levelId(judged.finalRank),
    potentialLevel: levelId(settled.potentialRank),
    ...(insufficient ? { insufficientInformation: true as const } : {}),
    ...(outcome === undefined ? {} : {
      judgement: {
        level: outcome.level.id,
        applied: outcome.applied,
        status: outcome.status,
        ...(outcome.notAppliedBecause === undefined ? {} : { notAppliedBecause: outcome.notAppliedBecause }),
      },
    }),
    firedRules,
    undeterminedRules,
    steps: selectStepIds(compiled, bringSteps(compiled, settled)),
    ...(factors === undefined ? {} : { suggestedFactors: factors.map((factor) => factor.code) }),
    ...(reviewBy === undefined ? {} : { reviewBy }),
    warnings: warningCodes(read, compiled, settled, undeterminedRules.length),
  };
}
