import type { DecisionResult, IdsResultV2 } from '../../schema/compact-result.js';
import type { Because, Result } from '../../schema/result.js';

/** The decision of a full result, as ids and codes only. */
export function toDecisionResult(result: Result): DecisionResult {
  return {
    format: 'cse-screening/decision@1',
    ...compactHead(result),
    ...(result.judgement === undefined ? {} : {
      judgement: {
        level: result.judgement.level.id,
        applied: result.judgement.applied,
        status: result.judgement.status,
        ...(result.judgement.notAppliedBecause === undefined ? {} : { notAppliedBecause: result.judgement.notAppliedBecause }),
      },
    }),
    firedRules: result.firedRules.map((rule) => rule.id),
    undeterminedRules: result.undeterminedRules.map((rule) => rule.id),
    steps: result.pathway.map((step) => step.id),
    ...(result.suggestedFactors === undefined ? {} : { suggestedFactors: result.suggestedFactors.map((factor) => factor.code) }),
    ...(result.reviewBy === undefined ? {} : { reviewBy: result.reviewBy }),
    warnings: result.warnings.map((warning) => warning.code),
  };
}

/**
 * A full result in the ids form of earlier releases (format 2): ids in place of the texts its ruleset holds, in the
 * order of the full result. The format 3 ids result keeps the facts the engine read, which a full result does not give.
 */
export function toIdsResultV2(result: Result): IdsResultV2 {
  const { judgement } = result;
  const cited = new Set<string>();
  const citedAnswers: IdsResultV2['citedAnswers'] = [];
  return {
    format: 'cse-screening/result-ids@2',
    ...compactHead(result),
    ...(judgement === undefined ? {} : { judgement: { ...judgement, level: judgement.level.id } }),
    firedRules: result.firedRules.map((rule) => ({ id: rule.id, because: rule.because.map((because) => cite(because, cited, citedAnswers)) })),
    citedAnswers,
    undeterminedRules: result.undeterminedRules.map((rule) => ({ id: rule.id, missing: rule.missing })),
    scores: result.scores.map(({ label: _label, ...score }) => score),
    pathway: result.pathway.map((step) => ({ id: step.id, broughtInBy: step.broughtInBy })),
    ...(result.suggestedFactors === undefined ? {} : { suggestedFactors: result.suggestedFactors.map(({ label: _label, ...factor }) => factor) }),
    present: result.present,
    possible: result.possible,
    unknown: result.unknown,
    unanswered: result.unanswered,
    completeness: result.completeness,
    ...(result.reviewBy === undefined ? {} : { reviewBy: result.reviewBy }),
    ...(result.trend === undefined ? {} : { trend: result.trend }),
    ...(result.evidence === undefined ? {} : { evidence: result.evidence }),
    warnings: result.warnings,
  };
}

/** What both compact forms open with: the ruleset, the reference, and the levels by id. */
function compactHead(result: Result): Omit<DecisionResult, 'format' | 'judgement' | 'firedRules' | 'undeterminedRules' | 'steps' | 'suggestedFactors' | 'reviewBy' | 'warnings'> {
  return {
    ruleset: result.ruleset,
    ...(result.ref === undefined ? {} : { ref: result.ref }),
    inScope: result.inScope,
    complete: result.complete,
    computedLevel: result.computedLevel.id,
    level: result.level.id,
    potentialLevel: result.potentialLevel.id,
    ...(result.insufficientInformation === undefined ? {} : { insufficientInformation: result.insufficientInformation }),
  };
}

/** An answer a rule rests on becomes its indicator's id, the answer itself listed once in `citedAnswers` (in the order first cited); any other reason stays as it is. */
function cite(because: Because, cited: Set<string>, citedAnswers: IdsResultV2['citedAnswers']): IdsResultV2['firedRules'][number]['because'][number] {
  if (because.kind !== 'answer') return because;
  if (!cited.has(because.indicator)) {
    cited.add(because.indicator);
    const { kind: _kind, ...answer } = because;
    citedAnswers.push(answer);
  }
  return because.indicator;
}
