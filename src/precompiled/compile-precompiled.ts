import { createScreener } from '../engine/screener/create-screener.js';
import type { Screener } from '../engine/screener/compile-ruleset.js';
import { guardInput } from '../issues/guard-input.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import type { Issue } from '../schema/issue.js';
import { builtOrUndefined } from './built-or-undefined.js';
import {
  PRECOMPILED_CORE_FORMAT, PRECOMPILED_FORMAT, PRECOMPILED_TEXTS_FORMAT, type PrecompiledRuleset, type PrecompiledTexts,
} from './precompiled-ruleset.js';
import { readPrecompiledCore, readStamp } from './read-precompiled-core.js';
import { mergeRulesetTexts, type RulesetText } from './ruleset-texts.js';

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
 * A core (`rules/<id>.core.json`, the ruleset without its prose) is taken with its texts (`rules/<id>.texts.json`,
 * loaded when the app needs them), giving the screener the whole file gives; alone it is refused with
 * `texts_not_loaded` (compilePrecompiledCore compiles it for decision and ids results). Its digest, and with the texts the whole ruleset's fingerprint,
 * are checked as the whole file's fingerprint is.
 *
 * It takes `unknown`, since every part of the file is checked: the JSON as imported, with no cast.
 * `Answers`, the ruleset's answers type, types what `screen` takes (see {@link Screener}).
 * @example
 * import precompiled from 'cse-screening/rules/brighton-hove-cse.compiled.json';
 * const screener = compilePrecompiled<BrightonHoveCseAnswers>(precompiled);
 * // or, without the texts until they are needed:
 * import core from 'cse-screening/rules/brighton-hove-cse.core.json';
 * const quick = compilePrecompiledCore<BrightonHoveCseAnswers>(core); // detail 'decision' or 'ids'
 * const complete = compilePrecompiled<BrightonHoveCseAnswers>(core, await (await fetch(textsUrl)).json());
 */
export function safeCompilePrecompiled<Answers = unknown>(precompiled: unknown, texts?: unknown): Safe<Screener<Answers>> {
  const guarded = guardInput(precompiled);
  if (!guarded.success) return guarded;
  const input = guarded.data as Partial<Record<keyof PrecompiledRuleset, unknown>> | null;
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && input.format === PRECOMPILED_CORE_FORMAT) {
    if (texts !== undefined) return compileCoreWithTexts<Answers>(precompiled, texts);
    // A screener gives full results and hands out its ruleset: a core alone can do neither (see compilePrecompiledCore).
    return fail([{ code: 'texts_not_loaded', path: ['texts'], message: 'are needed with a core: give its texts, or compile the core alone with compilePrecompiledCore for decision and ids results' }]);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input) || input.format !== PRECOMPILED_FORMAT) {
    return fail([{ code: 'unsupported_format', path: ['format'], message: `must be "${PRECOMPILED_FORMAT}" or "${PRECOMPILED_CORE_FORMAT}"; build the precompiled ruleset again with this version of the library` }]);
  }
  if (texts !== undefined) {
    return fail([{ code: 'invalid_value', path: ['texts'], message: 'are given with a whole precompiled ruleset, which holds its texts: give them only with its core' }]);
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

/**
 * A screener from a precompiled core and the texts file of the same ruleset: the texts are put back and the
 * whole ruleset's fingerprint must be the stamp's, so that every result is the one the whole file gives.
 */
function compileCoreWithTexts<Answers>(precompiled: unknown, texts: unknown): Safe<Screener<Answers>> {
  const read = readPrecompiledCore(precompiled);
  if (!read.success) return read;
  const { stamp, core } = read.data;
  const guarded = guardInput(texts);
  if (!guarded.success) return fail(guarded.issues.map((issue) => ({ ...issue, path: ['texts', ...issue.path] })) as [Issue, ...Issue[]]);
  const given = guarded.data as Partial<Record<keyof PrecompiledTexts, unknown>> | null;
  if (typeof given !== 'object' || given === null || Array.isArray(given) || given.format !== PRECOMPILED_TEXTS_FORMAT) {
    return fail([{ code: 'unsupported_format', path: ['texts', 'format'], message: `must be "${PRECOMPILED_TEXTS_FORMAT}"; build the precompiled ruleset again with this version of the library` }]);
  }
  if (readStamp(given.stamp)?.fingerprint !== stamp.fingerprint || !Array.isArray(given.texts)) {
    return fail([{ code: 'ruleset_mismatch', path: ['texts', 'stamp'], message: 'are the texts of another ruleset, or of another release of it: load the texts built with this core' }]);
  }
  const whole = mergeRulesetTexts(core, given.texts as readonly RulesetText[]);
  const compiled = whole === undefined ? undefined : builtOrUndefined(whole);
  if (compiled?.stamp.fingerprint !== stamp.fingerprint) {
    return fail([{ code: 'invalid_value', path: ['texts', 'texts'], message: 'do not make, with the core, the ruleset of the stamp: one of the files was changed after it was built; build them again' }]);
  }
  return succeed(createScreener<Answers>(compiled));
}

/** Like {@link safeCompilePrecompiled}, but throws a CseError listing the issues. */
export function compilePrecompiled<Answers = unknown>(precompiled: unknown, texts?: unknown): Screener<Answers> {
  return unwrap(safeCompilePrecompiled<Answers>(precompiled, texts));
}
