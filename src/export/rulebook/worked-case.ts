import * as z from 'zod/mini';
import { ResultSchema } from '../../schema/result.js';
import { ScreeningSchema } from '../../schema/screening.js';

/**
 * A worked example for the rulebook: a named screening, why it comes out as it does, and the result
 * the engine gave for it (the caller runs the engine, so that the rulebook stays a pure function).
 */
export const WorkedCaseSchema = z.strictObject({
  name: z.string(),
  rationale: z.string(),
  screening: ScreeningSchema,
  result: ResultSchema,
});

/** A worked example as the caller passes it. */
export type WorkedCase = z.input<typeof WorkedCaseSchema>;

/** What the rulebook generators take besides the ruleset. */
export interface RulebookOptions {
  /** The ruleset's fingerprint as the screener reports it (`screener.stamp.fingerprint`); computed when left out. */
  readonly fingerprint?: string;
  /** Worked examples, in the order to show them. */
  readonly cases?: readonly WorkedCase[];
}
