import { safeCompileRuleset } from '../engine/screener/compile-ruleset.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import { safeCompilePrecompiled } from '../precompiled/compile-precompiled.js';
import { PRECOMPILED_FORMAT, type PrecompiledCore, type PrecompiledRuleset, type PrecompiledTexts } from '../precompiled/precompiled-ruleset.js';
import { bytesSha256 } from './bytes-sha256.js';
import { parseJsonText } from './parse-json-text.js';

// Kept here too for the generator and earlier importers; their own modules let a loader skip this one's imports.
export { bytesSha256 } from './bytes-sha256.js';
export { precompiledPathOf } from './precompiled-path-of.js';
export { splitPrecompiledRuleset } from '../precompiled/split-precompiled-ruleset.js';

/**
 * Builds the precompiled form of a ruleset file's bytes, for `compilePrecompiled` of `cse-screening/precompiled`,
 * or returns every issue: the file must be JSON without a key given twice, pass every check and prove every
 * load-time protection, exactly as a full load, and the file built must load with compilePrecompiled.
 * `path` is recorded as the source's path (the bundled ruleset's is `rules/brighton-hove-cse.json`; `cse-screen
 * ruleset precompile` records a local file's name only). Write `data` as JSON; build it again when the ruleset changes.
 * @example
 * const built = precompileRuleset(readFileSync('our-area.json'), 'our-area.json');
 * if (built.success) writeFileSync('our-area.compiled.json', JSON.stringify(built.data));
 */
export function precompileRuleset(bytes: Uint8Array, path: string): Safe<PrecompiledRuleset> {
  const json = parseJsonText(bytes);
  if (!json.success) return json;
  if (json.warnings !== undefined && json.warnings.length > 0) return fail(json.warnings);
  const compiled = safeCompileRuleset(json.data);
  if (!compiled.success) return compiled;
  const { ruleset, stamp } = compiled.data;
  const precompiled: PrecompiledRuleset = { format: PRECOMPILED_FORMAT, source: { path, sha256: bytesSha256(bytes) }, stamp, ruleset };
  // What the build writes, the loader must take: a ruleset nested to the input limit is one level past it inside the file.
  const loaded = safeCompilePrecompiled(precompiled);
  return loaded.success ? succeed(precompiled) : loaded;
}

/** The precompiled file's text as committed: two-space JSON with a final newline (a core or texts file: one line, as an app fetches it). */
export function precompiledText(precompiled: PrecompiledRuleset | PrecompiledCore | PrecompiledTexts): string {
  return precompiled.format === PRECOMPILED_FORMAT ? `${JSON.stringify(precompiled, null, 2)}\n` : `${JSON.stringify(precompiled)}\n`;
}
