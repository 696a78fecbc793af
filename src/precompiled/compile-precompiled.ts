import { buildCompiledRuleset } from '../engine/compile/build-compiled-ruleset.js';
import type { CompiledRuleset } from '../engine/compile/compiled-ruleset.js';
import type { Screener } from '../engine/screener/compile-ruleset.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import { createScreener } from '../engine/screener/create-screener.js';
import type { Ruleset } from '../schema/ruleset.js';
import { PRECOMPILED_FORMAT, type PrecompiledRuleset } from './precompiled-ruleset.js';

/**
 * A screener from a precompiled ruleset (`rules/<id>.compiled.json`, built by `npm run generate` after
 * every check and protection proof passed). The file is a build artifact, trusted as the build wrote it:
 * the ruleset schema, checks and proofs are not run again. What is checked, so that a file that is not
 * what the build wrote is refused, never thrown on: it is read once into plain data within the input
 * limits (depth, size, keys; as guardInput reads any input), its format tag must be this version's, the
 * ruleset must build, and the fingerprint recomputed from its ruleset must equal the one it carries. The
 * fingerprint is not a signature: it tells a file changed after it was built, not who built it. A
 * ruleset from another team goes through compileRuleset, which proves it.
 *
 * It takes `unknown`, since every part of the file is checked: the JSON as imported, with no cast.
 * `Answers`, the ruleset's answers type, types what `screen` takes (see {@link Screener}).
 * @example
 * import precompiled from 'cse-screening/rules/brighton-hove-cse.compiled.json';
 * const screener = compilePrecompiled<BrightonHoveCseAnswers>(precompiled);
 */
export function safeCompilePrecompiled<Answers = unknown>(precompiled: unknown): Safe<Screener<Answers>> {
  const guarded = guardInput(precompiled);
  if (!guarded.success) return guarded;
  const input = guarded.data as Partial<Record<keyof PrecompiledRuleset, unknown>> | null;
  if (typeof input !== 'object' || input === null || Array.isArray(input) || input.format !== PRECOMPILED_FORMAT) {
    return fail([{ code: 'unsupported_format', path: ['format'], message: `must be "${PRECOMPILED_FORMAT}"; build the precompiled ruleset again with this version of the library` }]);
  }
  const compiled = builtOrUndefined(input.ruleset);
  if (compiled === undefined) {
    return fail([{ code: 'invalid_shape', path: ['ruleset'], message: 'is not a ruleset as the precompiler writes one; build the precompiled ruleset again from its source' }]);
  }
  const stamp = input.stamp as { fingerprint?: unknown } | null | undefined;
  if (typeof stamp !== 'object' || stamp === null || compiled.stamp.fingerprint !== stamp.fingerprint) {
    return fail([{ code: 'invalid_value', path: ['stamp', 'fingerprint'], message: 'differs from the fingerprint of the ruleset it holds: the file was changed after it was built; build it again from the ruleset' }]);
  }
  return succeed(createScreener<Answers>(compiled));
}

/** The engine's form of a ruleset the precompiler wrote, or undefined when it is not one (a member missing or of another type). */
function builtOrUndefined(ruleset: unknown): CompiledRuleset | undefined {
  if (typeof ruleset !== 'object' || ruleset === null || Array.isArray(ruleset)) return undefined;
  try {
    return buildCompiledRuleset(ruleset as Ruleset);
  } catch {
    // Whatever was thrown is not looked at: it could name part of the file.
    return undefined;
  }
}

/** Like {@link safeCompilePrecompiled}, but throws a CseError listing the issues. */
export function compilePrecompiled<Answers = unknown>(precompiled: unknown): Screener<Answers> {
  return unwrap(safeCompilePrecompiled<Answers>(precompiled));
}
