import { buildCompiledRuleset } from '../engine/compile/build-compiled-ruleset.js';
import { createScreener } from '../engine/screener/create-screener.js';
import type { Screener } from '../engine/screener/screener.js';
import type { IdsResult } from '../schema/ids-result.js';
import type { LevelRef, Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { ScreeningInput } from '../schema/screening.js';

/** The screener of each ruleset an ids result was recomputed with, built once. */
const screeners = new WeakMap<Ruleset, Screener>();

/**
 * The full result an ids result (format 3) stands for, worked out again from the facts it kept (`screened`) with the
 * ruleset that produced it, or undefined when what the engine gives now differs from what the result kept (its
 * levels, judgement, fired rules, steps, completeness, review date, trend or warnings): the caller then shows the kept
 * decision alone, never reasons the result did not rest on. The ruleset must be the one the result names.
 */
export function recomputeIdsResult(result: IdsResult, ruleset: Ruleset, levelRef: (id: string) => LevelRef): Result | undefined {
  let screener = screeners.get(ruleset);
  if (screener === undefined) {
    screener = createScreener(buildCompiledRuleset(ruleset));
    screeners.set(ruleset, screener);
  }
  const again = screener.safeScreen(screeningOf(result, ruleset), { includeFreeText: result.evidence !== undefined });
  if (!again.success) return undefined;
  const full = again.data;
  const { judgement } = result;
  const kept: Result = {
    ...full,
    // The judgement as the result kept it: its free text, when it was asked for, is never recomputed.
    ...(judgement === undefined ? {} : { judgement: { ...judgement, level: levelRef(judgement.level) } }),
  };
  return agrees(result, kept) ? kept : undefined;
}

/** Whether the recomputed result gives what the ids result kept. */
function agrees(result: IdsResult, full: Result): boolean {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return full.inScope === result.inScope && full.complete === result.complete
    && full.computedLevel.id === result.computedLevel && full.level.id === result.level && full.potentialLevel.id === result.potentialLevel
    && full.insufficientInformation === result.insufficientInformation
    && (full.judgement === undefined) === (result.judgement === undefined)
    && same(full.firedRules.map((rule) => rule.id), result.firedRules)
    && same(full.pathway.map((step) => step.id), result.steps)
    && same(full.suggestedFactors?.map((factor) => factor.code), result.suggestedFactors)
    && same(full.completeness, result.completeness)
    && full.reviewBy === result.reviewBy
    && same(full.trend, result.trend)
    && same(full.warnings.map((warning) => warning.code), result.warnings);
}

/**
 * The screening the kept facts describe, as the engine reads it: the free text the engine needs only to be present
 * (a judgement's rationale, and whether its author and the agreeing person were the same) stands in as fixed words,
 * and an age worked out from a date of birth comes from a date of birth that gives the same age.
 */
function screeningOf(result: IdsResult, ruleset: Ruleset): ScreeningInput {
  const { screened, judgement, evidence } = result;
  const { ageYears, ageFrom, attributes } = screened.subject;
  const written = new Map(evidence?.map((entry) => [entry.indicator, entry.evidence]));
  const answers: ScreeningInput['answers'] = {};
  for (const [id, answer] of Object.entries(screened.answers)) {
    const text = written.get(id);
    answers[id] = text === undefined ? answer : { ...(typeof answer === 'object' ? answer : { value: answer }), evidence: text };
  }
  const fromBirth = ageFrom === 'dateOfBirth' && ageYears !== undefined && screened.assessedOn !== undefined;
  return {
    ...(result.ref === undefined ? {} : { ref: result.ref }),
    ...(screened.assessedOn === undefined ? {} : { assessedOn: screened.assessedOn }),
    subject: {
      ...(ageYears === undefined ? {} : fromBirth ? { dateOfBirth: birthDateFor(ageYears, screened.assessedOn ?? '') } : { ageYears }),
      ...(attributes === undefined ? {} : { attributes }),
    },
    answers,
    ...(screened.context === undefined ? {} : { context: screened.context }),
    ...(judgement === undefined ? {} : { judgement: judgementOf(judgement, ruleset) }),
    ...(screened.previous === undefined ? {} : { previous: screened.previous }),
  };
}

/**
 * A judgement the engine settles as it settled the kept one. An agreement in a role the ruleset accepts that still left
 * a lowering judgement needing agreement was given by the judgement's own author: the two stand in as one name.
 */
function judgementOf(judgement: NonNullable<IdsResult['judgement']>, ruleset: Ruleset): NonNullable<ScreeningInput['judgement']> {
  const { agreedBy } = judgement;
  const roles = ruleset.policy.judgement.agreementRoles;
  const accepted = agreedBy !== undefined && (roles.length === 0 || roles.some((role) => role.id === agreedBy.role));
  const ownAuthor = accepted && judgement.notAppliedBecause === 'needs-agreement';
  return {
    level: judgement.level,
    rationale: 'kept out of the ids result',
    ...(ownAuthor ? { by: 'the same person' } : {}),
    ...(agreedBy === undefined ? {} : { agreedBy: { role: agreedBy.role, ...(ownAuthor ? { name: 'the same person' } : {}) } }),
  };
}

/** The date of birth on which a child is `years` old on `assessedOn` (a 29 February birthday falls back to the 28th). */
function birthDateFor(years: number, assessedOn: string): string {
  const [year, month, day] = assessedOn.split('-').map(Number) as [number, number, number];
  const born = new Date(Date.UTC(year - years, month - 1, day));
  if (born.getUTCDate() !== day) born.setUTCDate(0);
  return born.toISOString().slice(0, 10);
}
