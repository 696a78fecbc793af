import { RULESET_SHAPE } from '../generated/ruleset-shape.js';
import { fromZod } from '../issues/from-zod.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, failOr, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import type { Issue } from '../schema/issue.js';
import type { Ruleset } from '../schema/ruleset.js';
import { RULESET_FORMAT } from '../schema/ruleset-format.js';
import { parseShape } from '../schema/parse-shape.js';
import { checkRuleset, checkRulesetStages } from './check-ruleset.js';

/** Validates unknown input as a ruleset (shape, then semantics) and returns it or every issue found. */
export function safeParseRuleset(input: unknown): Safe<Ruleset> {
  const guarded = guardInput(input);
  return guarded.success ? parsePlain(guarded.data) : guarded;
}

/** Validates unknown input as a ruleset and returns it, or throws a CseError listing every issue. */
export function parseRuleset(input: unknown): Ruleset {
  return unwrap(safeParseRuleset(input));
}

/** An empty `sources` list is reported with its own code: every indicator, rule, score and step needs a source. */
function renameMissingSource(issue: Issue): Issue {
  return issue.code === 'out_of_range' && issue.path.at(-1) === 'sources'
    ? { code: 'missing_source', path: issue.path, message: 'must cite at least one source' }
    : issue;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * {@link safeParseRuleset} for a caller that goes on to prove the ruleset: every issue, and the ruleset as
 * parsed whenever the engine can build it (its shape is valid and its ids, references, rules and bands are
 * sound), even when other checks of meaning failed, so that the proofs can add their issues in the same run.
 */
export function parseRulesetStages(input: unknown): { readonly issues: readonly Issue[]; readonly buildable: Ruleset | undefined } {
  const guarded = guardInput(input);
  if (!guarded.success) return { issues: guarded.issues, buildable: undefined };
  const shaped = parseShapeOnly(guarded.data);
  if (!shaped.success) return { issues: shaped.issues, buildable: undefined };
  const checked = checkRulesetStages(shaped.data);
  return { issues: checked.issues, buildable: checked.buildable ? shaped.data : undefined };
}

/** Parses input that {@link guardInput} has already read into plain data. */
function parsePlain(input: unknown): Safe<Ruleset> {
  const shaped = parseShapeOnly(input);
  return shaped.success ? failOr(checkRuleset(shaped.data), () => shaped.data) : shaped;
}

/** The format and shape of input already read into plain data, without the checks of meaning. */
function parseShapeOnly(input: unknown): Safe<Ruleset> {
  if (isObject(input) && Object.hasOwn(input, 'format') && input['format'] !== RULESET_FORMAT) {
    return fail([{ code: 'unsupported_format', path: ['format'], message: `must be "${RULESET_FORMAT}"; this version of the library reads no other ruleset format` }]);
  }
  // RulesetSchema, read from its description written at build time (src/generated/ruleset-shape.ts): zod's
  // output and issues, without carrying zod into a browser bundle.
  const parsed = parseShape(RULESET_SHAPE, input);
  if (parsed.issues.length > 0) return fail(fromZod(parsed.issues, input).map(renameMissingSource));
  return succeed(parsed.value as Ruleset);
}
