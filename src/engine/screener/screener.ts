import type { DecisionResult, IdsResult } from '../../schema/compact-result.js';
import type { Result } from '../../schema/result.js';
import type { Ruleset } from '../../schema/ruleset.js';
import type { RulesetStamp } from '../../schema/ruleset-stamp.js';
import type { Safe } from '../../issues/safe.js';
import type { Screening } from '../../schema/screening.js';
import type { ScreenOptions } from '../result/score-screening.js';

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
