import type { DecisionResult } from '../../schema/compact-result.js';
import type { IdsResult } from '../../schema/ids-result.js';
import type { Result } from '../../schema/result.js';
import type { Ruleset } from '../../schema/ruleset.js';
import type { RulesetStamp } from '../../schema/ruleset-stamp.js';
import type { Safe } from '../../issues/safe.js';
import type { Screening, ScreeningInput } from '../../schema/screening.js';
import type { ScreenOptions } from '../result/score-screening.js';

/** The detail the options ask for, as a type: undefined when they do not say. */
export type DetailIn<O> = 'detail' extends keyof O ? O['detail' & keyof O] : undefined;

/** The form of result a screening gives for its options: full unless `detail` asks for ids or the decision only. */
export type ScreenResult<O extends ScreenOptions> =
  [DetailIn<O>] extends ['full' | undefined] ? Result
    : [DetailIn<O>] extends ['decision'] ? DecisionResult
      : [DetailIn<O>] extends ['ids'] ? IdsResult
        : Result | IdsResult | DecisionResult;

/** A screening whose answers have a ruleset's answers type, such as `BrightonHoveCseAnswers` (from `cse-screen types`). */
export type TypedScreeningInput<Answers> = Omit<ScreeningInput, 'answers'> & { readonly answers: Answers };

/** What `screen` takes: any input when the screener's answers are not typed (it is validated), else a screening with those answers. */
export type ScreenInput<Answers> = unknown extends Answers ? unknown : TypedScreeningInput<Answers>;

/**
 * A validated, compiled ruleset that screens any number of screenings. Immutable and safe to share.
 * `Answers` is the ruleset's answers type (`BrightonHoveCseAnswers`, or one `cse-screen types` writes):
 * given, `screen` takes only screenings whose answers have it, so that a misspelt indicator id, answer
 * code or time window fails to compile. It only narrows what a caller may write: every screening is still
 * validated at run time. Left out, `screen` takes any input, as `safeScreen` always does. `Input` is worked
 * out from `Answers`: leave it out. (As a parameter of its own it lets a typed screener be passed wherever a
 * plain `Screener` is taken, and a plain one be given a type.)
 */
export interface Screener<Answers = unknown, Input = ScreenInput<Answers>> {
  /** The parsed ruleset. */
  readonly ruleset: Ruleset;
  /** Id, version and fingerprint: store it with every result. */
  readonly stamp: RulesetStamp;
  /**
   * Screens unknown input, or throws a CseError listing every issue (paths and codes, never values).
   * The result's form follows `options.detail`: full (the default), ids or decision. Takes a screening with
   * the screener's answers type when it has one.
   */
  screen<O extends ScreenOptions = Record<never, never>>(input: Input, options?: O): ScreenResult<O>;
  /**
   * Screens unknown input, such as data from outside the program, and returns the result or every issue;
   * never throws for bad input or bad options (their issues have paths under `options`).
   */
  safeScreen<O extends ScreenOptions = Record<never, never>>(input: unknown, options?: O): Safe<ScreenResult<O>>;
  /** Checks unknown input as a screening for this ruleset without scoring it. */
  safeParseScreening(input: unknown): Safe<Screening>;
}

/** Options that ask for a result a screener without its ruleset's texts can give: the decision or ids. */
export type CoreScreenOptions = ScreenOptions & { readonly detail: 'decision' | 'ids' };

/**
 * A screener compiled from a precompiled core without its texts (compilePrecompiledCore): `screen` takes only
 * options asking for the decision or ids, and it has no `ruleset`, since the core's prose is blank. At run time,
 * for callers in plain JavaScript, a full result and the `ruleset` are refused with `texts_not_loaded`.
 */
export interface CoreScreener<Answers = unknown, Input = ScreenInput<Answers>> extends Omit<Screener<Answers, Input>, 'ruleset' | 'screen'> {
  /** Screens unknown input for the decision or ids, or throws a CseError listing every issue (paths and codes, never values). */
  screen<O extends CoreScreenOptions>(input: Input, options: O): ScreenResult<O>;
}
