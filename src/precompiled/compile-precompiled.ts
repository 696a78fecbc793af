import { buildCompiledRuleset } from '../engine/build-compiled-ruleset.js';
import type { Screener } from '../engine/compile-ruleset.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import { createScreener } from '../engine/create-screener.js';
import { PRECOMPILED_FORMAT, type PrecompiledRuleset } from './precompiled-ruleset.js';

/**
 * A screener from a precompiled ruleset (`rules/<id>.compiled.json`, built by `npm run generate` after
 * every check and protection proof passed). The file is trusted as the build wrote it: only its format
 * tag is read, and the fingerprint recomputed from its ruleset must equal the one it carries, so that a
 * file edited by hand is refused rather than screened without the checks.
 * @example
 * import precompiled from 'cse-screening/rules/brighton-hove-cse.compiled.json';
 * const screener = compilePrecompiled(precompiled as PrecompiledRuleset);
 */
export function safeCompilePrecompiled(precompiled: PrecompiledRuleset): Safe<Screener> {
  const input: unknown = precompiled;
  if (typeof input !== 'object' || input === null || (input as { format?: unknown }).format !== PRECOMPILED_FORMAT) {
    return fail([{ code: 'unsupported_format', path: ['format'], message: `must be "${PRECOMPILED_FORMAT}"; build the precompiled ruleset again with this version of the library` }]);
  }
  const compiled = buildCompiledRuleset(precompiled.ruleset);
  if (compiled.stamp.fingerprint !== precompiled.stamp.fingerprint) {
    return fail([{ code: 'invalid_value', path: ['stamp', 'fingerprint'], message: 'differs from the fingerprint of the ruleset it holds: the file was changed after it was built; build it again from the ruleset' }]);
  }
  return succeed(createScreener(compiled));
}

/** Like {@link safeCompilePrecompiled}, but throws a CseError listing the issues. */
export function compilePrecompiled(precompiled: PrecompiledRuleset): Screener {
  return unwrap(safeCompilePrecompiled(precompiled));
}
