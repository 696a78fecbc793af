import { createScreenerWith } from '../engine/screener/create-screener-with.js';
import type { CoreScreener } from '../engine/screener/screener.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { unwrap } from '../issues/unwrap.js';
import { builtOrUndefined } from './built-or-undefined.js';
import { readPrecompiledCore } from './read-precompiled-core.js';

/**
 * A screener from a precompiled core alone (`rules/<id>.core.json`: the ruleset without its prose), for an app
 * that screens for the decision or ids in the browser: the smallest it can carry, since neither the texts nor
 * the code that writes full results and explanations come with it. A full result is refused with
 * `texts_not_loaded`, and so is the screener's `ruleset`; when the app needs them, it loads the texts
 * (`rules/<id>.texts.json`) and compilePrecompiled(core, texts). The core's digest is checked, as a whole
 * file's fingerprint is. `Answers` types what `screen` takes (see Screener); its type, {@link CoreScreener},
 * has no `ruleset` and a `screen` that asks for the decision or ids.
 * @example
 * import core from 'cse-screening/rules/brighton-hove-cse.core.json';
 * const screener = compilePrecompiledCore<BrightonHoveCseAnswers>(core);
 * const decision = screener.screen(screening, { detail: 'decision' });
 */
export function safeCompilePrecompiledCore<Answers = unknown>(core: unknown): Safe<CoreScreener<Answers>> {
  const read = readPrecompiledCore(core);
  if (!read.success) return read;
  const compiled = builtOrUndefined(read.data.core);
  if (compiled === undefined) {
    return fail([{ code: 'invalid_shape', path: ['ruleset'], message: 'is not a ruleset as the precompiler writes one; build the precompiled ruleset again from its source' }]);
  }
  // The results carry the whole ruleset's stamp, which the core's digest covers.
  return succeed(createScreenerWith<Answers>({ ...compiled, stamp: read.data.stamp }, undefined));
}

/** Like {@link safeCompilePrecompiledCore}, but throws a CseError listing the issues. */
export function compilePrecompiledCore<Answers = unknown>(core: unknown): CoreScreener<Answers> {
  return unwrap(safeCompilePrecompiledCore<Answers>(core));
}
