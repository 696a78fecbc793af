import { fail, succeed, type Safe } from '../../issues/safe.js';
import { unwrap } from '../../issues/unwrap.js';
import type { Issue } from '../../schema/issue.js';
import type { Ruleset } from '../../schema/ruleset.js';
import { parseRulesetStages, safeParseRuleset } from '../../ruleset/parse-ruleset.js';
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
  // Every stage whose preconditions hold runs, so that every problem is listed at once: the proofs run
  // whenever the engine can build the ruleset, even when other checks of meaning found issues.
  const { issues, buildable } = parseRulesetStages(input);
  if (buildable === undefined) return fail(issues);
  const compiled = issues.length === 0 ? buildCompiledRuleset(buildable) : builtOrUndefined(buildable);
  if (compiled === undefined) return fail(issues);
  const all = [...issues, ...proveProtections(compiled)];
  return all.length > 0 ? fail(all) : succeed(createScreener<Answers>(compiled));
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

/**
 * The engine's form of a ruleset that failed a check of meaning the build does not rely on, or undefined
 * if building it threw after all: then its issues are reported without the proofs, never the throw.
 */
function builtOrUndefined(ruleset: Ruleset): CompiledRuleset | undefined {
  try {
    return buildCompiledRuleset(ruleset);
  } catch {
    return undefined;
  }
}
