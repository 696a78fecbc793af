import { SCREENING_SHAPE } from '../generated/screening-shape.js';
import { fromZod } from '../issues/from-zod.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import type { Issue } from '../schema/issue.js';
import type { Screening } from '../schema/screening.js';
import { parseShape } from '../schema/parse-shape.js';

/**
 * Checks the shape of a screening without a ruleset. To check it against a ruleset's indicators,
 * scales and facts as well, use `screener.safeParseScreening`. The screening schema (ScreeningSchema)
 * is read here from its description written at build time (src/generated/screening-shape.ts), which
 * gives what zod gives, issue for issue, without carrying zod into a browser bundle.
 */
export function safeParseScreening(input: unknown): Safe<Screening> {
  const guarded = guardInput(input);
  if (!guarded.success) return guarded;
  const plain = guarded.data;
  const parsed = parseShape(SCREENING_SHAPE, plain);
  return parsed.issues.length === 0 ? succeed(parsed.value as Screening) : fail(fromZod(parsed.issues, plain).map(renameBadAnswer));
}

/** An answer that fits none of the answer forms is reported as outside the scale, the code callers look for. */
function renameBadAnswer(issue: Issue): Issue {
  return issue.code === 'invalid_shape' && issue.path.length === 2 && issue.path[0] === 'answers'
    ? { code: 'answer_not_in_scale', path: issue.path, message: 'must be "yes", "no", "possible", "unknown", a whole score, or an object with a value' }
    : issue;
}

/** Checks the shape of a screening and returns it, or throws a CseError listing every issue. */
export function parseScreening(input: unknown): Screening {
  return unwrap(safeParseScreening(input));
}
