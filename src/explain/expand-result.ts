import type { DecisionResult, IdsResultV2 } from '../schema/compact-result.js';
import type { IdsResult } from '../schema/ids-result.js';
import type { Because, LevelRef, PathwayEntry, Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';
import { CseError } from '../issues/cse-error.js';
import { VERSION } from '../version.js';
import { rememberedFingerprint } from '../ruleset/remembered-fingerprints.js';
import type { RulesetStamp } from '../schema/ruleset-stamp.js';
import { isProtectionId } from '../engine/protect/protection-ids.js';
import { protectionWording } from '../engine/protect/protection-wording.js';
import { answerListsOf } from './answer-lists-of.js';
import { recomputeIdsResult } from './recompute-ids-result.js';

/** Any form of result a screening gives (full, ids or decision), or an ids result of an earlier release (format 2). */
export type AnyResult = Result | IdsResult | IdsResultV2 | DecisionResult;

/** A result in its full form for reading, and whether the form it came from left the reasons out. */
export interface ExpandedResult {
  readonly result: Result;
  /**
   * True for a decision: no reasons, scores, answer lists or step origins were kept. Also true for an ids result read
   * without its ruleset, or one whose kept decision the engine no longer gives from its kept facts: its decision is shown alone.
   */
  readonly decisionOnly: boolean;
}

/**
 * Turns an ids or decision result back into the full form, taking labels, titles, effects and step
 * texts from the ruleset (ids stand in for them where no ruleset is given). An ids result (format 3) is worked out
 * again from the facts it kept with the ruleset, and checked against the decision it kept. A full result is returned as it is.
 */
export function expandResult(result: AnyResult, ruleset: Ruleset | undefined): ExpandedResult {
  if (ruleset !== undefined && !sameRuleset(result.ruleset, ruleset)) {
    throw new CseError([{
      code: 'ruleset_mismatch', path: ['ruleset'],
      message: 'is not the ruleset that produced this result (its id, version or fingerprint differs): its labels and texts would be read under another ruleset\'s name; pass the ruleset named in result.ruleset',
    }]);
  }
  if (result.format === 'cse-screening/result@1') return { result, decisionOnly: false };
  const levelRef = (id: string): LevelRef => {
    const rank = ruleset?.levels.findIndex((level) => level.id === id) ?? -1;
    const level = ruleset?.levels[rank];
    return level === undefined ? { id, label: id, rank: 0, colour: '#000000', rag: 'none' } : { id, label: level.label, rank, colour: level.colour, rag: level.rag };
  };
  const rule = (id: string) => {
    // The engine's own protections are worded by the engine, whatever the ruleset; a compact form keeps no effect, so they read as actions.
    if (isProtectionId(id)) return { id, title: protectionWording(id).title, effect: { kind: 'actions' as const } };
    const source = ruleset?.rules.find((entry) => entry.id === id);
    return { id, title: source?.title ?? id, effect: source?.effect ?? { kind: 'actions' as const } };
  };
  const step = (id: string, broughtInBy: PathwayEntry['broughtInBy']): PathwayEntry => {
    const source = ruleset?.steps.find((entry) => entry.id === id);
    return {
      id, title: source?.title ?? id, actor: source?.actor ?? '', urgency: source?.urgency ?? 'planned',
      ...(source?.timescale === undefined ? {} : { timescale: source.timescale }),
      strength: source?.strength ?? 'should', legalBasis: source?.legalBasis ?? [], sources: source?.sources ?? [{ source: 'ruleset' }], broughtInBy,
    };
  };
  const factorLabel = (code: string): string => ruleset?.censusFactors?.codes.find((entry) => entry.code === code)?.label ?? code;
  const scoreLabel = (id: string): string => ruleset?.scores.find((score) => score.id === id)?.label ?? id;
  const common = {
    format: 'cse-screening/result@1' as const,
    engine: { name: 'cse-screening' as const, version: VERSION },
    ruleset: result.ruleset,
    ...(result.ref === undefined ? {} : { ref: result.ref }),
    inScope: result.inScope,
    complete: result.complete,
    computedLevel: levelRef(result.computedLevel),
    level: levelRef(result.level),
    potentialLevel: levelRef(result.potentialLevel),
    ...(result.insufficientInformation === undefined ? {} : { insufficientInformation: result.insufficientInformation }),
    ...(result.reviewBy === undefined ? {} : { reviewBy: result.reviewBy }),
  };
  if (result.format === 'cse-screening/result-ids@3') {
    const again = ruleset === undefined ? undefined : recomputeIdsResult(result, ruleset, levelRef);
    if (again !== undefined) return { result: again, decisionOnly: false };
    // The decision alone, with what is answered and what is still open: unanswered items are always reported.
    const decided = expandResult(decisionOf(result), ruleset);
    return { decisionOnly: true, result: { ...decided.result, ...answerListsOf(result, ruleset), completeness: result.completeness } };
  }
  if (result.format === 'cse-screening/result-ids@2') {
    const { judgement } = result;
    const cited = new Map(result.citedAnswers.map((answer) => [answer.indicator, answer]));
    return {
      decisionOnly: false,
      result: {
        ...common,
        ...(judgement === undefined ? {} : { judgement: { ...judgement, level: levelRef(judgement.level) } }),
        firedRules: result.firedRules.map((fired, f) => ({ ...rule(fired.id), because: fired.because.map((because, b) => uncite(because, cited, ['firedRules', f, 'because', b])) })),
        undeterminedRules: result.undeterminedRules.map((open) => ({ ...rule(open.id), missing: open.missing })),
        scores: result.scores.map((score) => ({ id: score.id, label: scoreLabel(score.id), value: score.value, potential: score.potential, ...(score.level === undefined ? {} : { level: score.level }) })),
        pathway: result.pathway.map((entry) => step(entry.id, entry.broughtInBy)),
        ...(result.suggestedFactors === undefined ? {} : { suggestedFactors: result.suggestedFactors.map((factor) => ({ ...factor, label: factorLabel(factor.code) })) }),
        present: result.present, possible: result.possible, unknown: result.unknown, unanswered: result.unanswered,
        completeness: result.completeness,
        ...(result.trend === undefined ? {} : { trend: result.trend }),
        ...(result.evidence === undefined ? {} : { evidence: result.evidence }),
        warnings: result.warnings,
      },
    };
  }
  const { judgement } = result;
  return {
    decisionOnly: true,
    result: {
      ...common,
      ...(judgement === undefined ? {} : {
        judgement: {
          level: levelRef(judgement.level), applied: judgement.applied, status: judgement.status,
          direction: levelRef(judgement.level).rank > levelRef(result.computedLevel).rank ? 'raised' as const : levelRef(judgement.level).rank < levelRef(result.computedLevel).rank ? 'lowered' as const : 'same' as const,
          ...(judgement.notAppliedBecause === undefined ? {} : { notAppliedBecause: judgement.notAppliedBecause }),
        },
      }),
      firedRules: result.firedRules.map((id) => ({ ...rule(id), because: [] })),
      undeterminedRules: result.undeterminedRules.map((id) => ({ ...rule(id), missing: [] })),
      scores: [],
      pathway: result.steps.map((id) => step(id, [])),
      ...(result.suggestedFactors === undefined ? {} : { suggestedFactors: result.suggestedFactors.map((code) => ({ code, label: factorLabel(code), suggestedBy: [] })) }),
      present: [], possible: [], unknown: [], unanswered: [],
      completeness: { answered: 0, total: 0 },
      warnings: result.warnings.map((code) => ({ code, path: [], message: '' })),
    },
  };
}

/**
 * An indicator id in an ids result's reasons, written out again as the answer it stands for. An id whose
 * answer the result does not cite is refused (a CseError with its path), never given an answer it did not record.
 */
function uncite(because: IdsResultV2['firedRules'][number]['because'][number], cited: ReadonlyMap<string, IdsResultV2['citedAnswers'][number]>, path: (string | number)[]): Because {
  if (typeof because !== 'string') return because;
  const answer = cited.get(because);
  if (answer === undefined) throw new CseError([{ code: 'invalid_value', path, message: 'names an indicator whose answer citedAnswers does not give' }]);
  return { kind: 'answer', ...answer };
}

/** The decision an ids result (format 3) kept, for reading it where its reasons cannot be worked out again. */
function decisionOf(result: IdsResult): DecisionResult {
  const { judgement } = result;
  return {
    format: 'cse-screening/decision@1',
    ruleset: result.ruleset,
    ...(result.ref === undefined ? {} : { ref: result.ref }),
    inScope: result.inScope,
    complete: result.complete,
    computedLevel: result.computedLevel,
    level: result.level,
    potentialLevel: result.potentialLevel,
    ...(result.insufficientInformation === undefined ? {} : { insufficientInformation: result.insufficientInformation }),
    ...(judgement === undefined ? {} : {
      judgement: { level: judgement.level, applied: judgement.applied, status: judgement.status, ...(judgement.notAppliedBecause === undefined ? {} : { notAppliedBecause: judgement.notAppliedBecause }) },
    }),
    firedRules: result.firedRules,
    undeterminedRules: [],
    steps: result.steps,
    ...(result.suggestedFactors === undefined ? {} : { suggestedFactors: result.suggestedFactors }),
    ...(result.reviewBy === undefined ? {} : { reviewBy: result.reviewBy }),
    warnings: result.warnings,
  };
}

/**
 * Whether a ruleset is the one a result names: the same id, version and fingerprint. The fingerprint is
 * worked out once per ruleset object: a screener's ruleset has it from when the screener was built.
 */
function sameRuleset(stamp: RulesetStamp, ruleset: Ruleset): boolean {
  return stamp.id === ruleset.meta.id && stamp.version === ruleset.meta.version && rememberedFingerprint(ruleset) === stamp.fingerprint;
}
