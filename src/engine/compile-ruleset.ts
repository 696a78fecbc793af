import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import type { Issue } from '../schema/issue.js';
import type { DecisionResult, IdsResult } from '../schema/compact-result.js';
import type { Result } from '../schema/result.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { RulesetStamp } from '../schema/ruleset-stamp.js';
import type { Screening } from '../schema/screening.js';
import { safeParseRuleset } from '../ruleset/parse-ruleset.js';
import { proveProtections } from './prove-protections.js';
import { buildCompiledRuleset } from './build-compiled-ruleset.js';
import type { CompiledRuleset } from './compiled-ruleset.js';
import type { ScreenOptions } from './score-screening.js';
import { createScreener } from './create-screener.js';

/** The detail the options ask for, as a type: undefined when they do not say. */
export type DetailIn<O> = 'detail' extends keyof O ? O['detail' & keyof O] : undefined;

/** The form of result a screening gives for its options: full unless `detail` asks for ids or the decision only. */
export type ScreenResult<O extends ScreenOptions> =
  [DetailIn<O>] extends ['full' | undefined] ? Result
    : [DetailIn<O>] extends ['decision'] ? DecisionResult
      : [DetailIn<O>] extends ['ids'] ? IdsResult
        : Result | IdsResult | DecisionResult;

/** A validated, compiled ruleset that screens any number of screenings. Immutable and safe to share. */
export interface Screener {
  /** The parsed ruleset. */
  readonly ruleset: Ruleset;
  /** Id, version and fingerprint: store it with every result. */
  readonly stamp: RulesetStamp;
  /**
   * Screens unknown input, or throws a CseError listing every issue (paths and codes, never values).
   * The result's form follows `options.detail`: full (the default), ids or decision.
   */
  screen<O extends ScreenOptions = Record<never, never>>(input: unknown, options?: O): ScreenResult<O>;
  /** Screens unknown input and returns the result or every issue; never throws for bad input or bad options (their issues have paths under `options`). */
  safeScreen<O extends ScreenOptions = Record<never, never>>(input: unknown, options?: O): Safe<ScreenResult<O>>;
  /** Checks unknown input as a screening for this ruleset without scoring it. */
  safeParseScreening(input: unknown): Safe<Screening>;
}

/** Validates a ruleset once and returns a screener, or every issue found. */
export function safeCompileRuleset(input: unknown): Safe<Screener> {
  const compiled = safeCompileUnproved(input);
  if (!compiled.success) return compiled;
  const unproved = proveProtections(compiled.data.compiled);
  return unproved.length > 0 ? fail(unproved) : succeed(compiled.data.screener);
}

/**
 * For comparing an earlier release only (`cse-screen diff`): compiles a ruleset whose shape and
 * references are valid and reports, beside the screener, the protections it fails to prove today.
 * Not exported from the package: a ruleset that fails them is never used to screen a child.
 */
export function safeCompileEarlierRelease(input: unknown): Safe<{ readonly screener: Screener; readonly unproved: readonly Issue[] }> {
  const compiled = safeCompileUnproved(input);
  return compiled.success ? succeed({ screener: compiled.data.screener, unproved: proveProtections(compiled.data.compiled) }) : compiled;
}

function safeCompileUnproved(input: unknown): Safe<{ readonly compiled: CompiledRuleset; readonly screener: Screener }> {
  const parsed = safeParseRuleset(input);
  if (!parsed.success) return fail(parsed.issues);
  const compiled = buildCompiledRuleset(parsed.data);
  const screener = createScreener(compiled);
  return succeed({ compiled, screener });
}

/**
 * Validates a ruleset once and returns a screener; throws a CseError listing every issue.
 * @example
 * const screener = compileRuleset(rulesetJson);
 * const result = screener.screen({ subject: { ageYears: 14 }, answers: { 'missing-from-home': 'yes' } });
 * console.log(result.level.label, result.pathway.map((step) => step.title));
 */
export function compileRuleset(input: unknown): Screener {
  return unwrap(safeCompileRuleset(input));
}
