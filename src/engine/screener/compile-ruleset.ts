import { fail, succeed, type Safe } from '../../issues/safe.js';
import { unwrap } from '../../issues/unwrap.js';
import type { Issue } from '../../schema/issue.js';
import { safeParseRuleset } from '../../ruleset/parse-ruleset.js';
import { proveProtections } from '../prove/prove-protections.js';
import { buildCompiledRuleset } from '../compile/build-compiled-ruleset.js';
import type { CompiledRuleset } from '../compile/compiled-ruleset.js';
import { createScreener } from './create-screener.js';
import type { Screener } from './screener.js';

export type { DetailIn, Screener, ScreenInput, ScreenResult, TypedScreeningInput } from './screener.js';

/**
 * Validates a ruleset once and returns a screener, or every issue found. `Answers`, the ruleset's answers
 * type, types what `screen` takes (see {@link Screener}); it is not checked against the ruleset.
 */
export function safeCompileRuleset<Answers = unknown>(input: unknown): Safe<Screener<Answers>> {
  const compiled = safeCompileUnproved<Answers>(input);
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

function safeCompileUnproved<Answers = unknown>(input: unknown): Safe<{ readonly compiled: CompiledRuleset; readonly screener: Screener<Answers> }> {
  const parsed = safeParseRuleset(input);
  if (!parsed.success) return fail(parsed.issues);
  const compiled = buildCompiledRuleset(parsed.data);
  const screener = createScreener<Answers>(compiled);
  return succeed({ compiled, screener });
}

/**
 * Validates a ruleset once and returns a screener; throws a CseError listing every issue. Give the
 * ruleset's answers type as `Answers` for a screener whose `screen` refuses a misspelt id at compile time.
 * @example
 * const screener = compileRuleset<BrightonHoveCseAnswers>(rulesetJson);
 * const result = screener.screen({ subject: { ageYears: 14 }, answers: { 'missing-overnight-or-repeated': 'yes' } });
 * console.log(result.level.label, result.pathway.map((step) => step.title));
 */
export function compileRuleset<Answers = unknown>(input: unknown): Screener<Answers> {
  return unwrap(safeCompileRuleset<Answers>(input));
}
