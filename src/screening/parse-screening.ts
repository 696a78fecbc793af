import * as z from 'zod/mini';
import { fromZod } from '../issues/from-zod.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import { ScreeningSchema, type Screening } from '../schema/screening.js';

/**
 * Checks the shape of a screening without a ruleset. To check it against a ruleset's indicators,
 * scales and facts as well, use `screener.safeParseScreening`.
 */
export function safeParseScreening(input: unknown): Safe<Screening> {
  const guarded = guardInput(input);
  if (guarded.length > 0) return fail(guarded);
  const parsed = z.safeParse(ScreeningSchema, input);
  return parsed.success ? succeed(parsed.data) : fail(fromZod(parsed.error.issues, input));
}

/** Checks the shape of a screening and returns it, or throws a CseError listing every issue. */
export function parseScreening(input: unknown): Screening {
  return unwrap(safeParseScreening(input));
}
