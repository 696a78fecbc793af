import type { DecisionResult } from '../../schema/compact-result.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import type { ReadScreening } from '../read/read-screening.js';
import { selectStepIds } from '../decide/select-pathway.js';
import { settleScreening } from '../decide/settle-screening.js';
import { suggestFactorCodes } from '../decide/suggest-factors.js';
import { bringSteps } from '../decide/step-contributions.js';
import { warningCodes } from '../explain/warning-codes.js';
import { compactHead } from './compact-head.js';

/**
 * The decision on a checked screening, written straight from the settled screening as ids and codes: the
 * same decision as the full result's (toDecisionResult of scoreScreening), without the texts, the reasons,
 * the answer lists or the scores that the decision does not carry. Pure and deterministic.
 */
export function decideScreening(compiled: CompiledRuleset, read: ReadScreening): DecisionResult {
  const settled = settleScreening(compiled, read, false);
  const { head, firedRules, undeterminedRules } = compactHead(compiled, read, settled);
  const { judged, reviewBy } = settled;
  const outcome = judged.outcome;
  const factors = suggestFactorCodes(compiled, read.facts, settled.decision.truths);
  // Field by field in the order of toDecisionResult, so that the two are equal key for key.
  return {
    format: 'cse-screening/decision@1',
    ...head,
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
    ...(factors === undefined ? {} : { suggestedFactors: factors }),
    ...(reviewBy === undefined ? {} : { reviewBy }),
    warnings: warningCodes(read, compiled, settled, undeterminedRules.length),
  };
}
