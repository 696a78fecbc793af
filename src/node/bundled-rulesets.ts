import type { Screener } from '../engine/screener/compile-ruleset.js';
import { succeed, type Safe } from '../issues/safe.js';
import { findBundledRuleset, isRulesetPath, withBundledId } from './list-bundled-rulesets.js';
import { readFreshPrecompiled } from './read-fresh-precompiled.js';
import { loadRulesetFile } from './load-ruleset-file.js';
import { withWarnings, type Warned } from './warned.js';

export { DEFAULT_RULESET_ID, isRulesetPath, listBundledRulesets, type BundledRuleset } from './list-bundled-rulesets.js';

/**
 * Loads a ruleset by bundled id (`brighton-hove-cse`) or by path (anything with a slash or ending in
 * `.json`) and compiles it. A bundled ruleset must carry the id it is filed under.
 * @example
 * const loaded = resolveRuleset(process.argv[2] ?? DEFAULT_RULESET_ID);
 */
export function resolveRuleset(idOrPath: string): Warned<Safe<Screener>> {
  if (isRulesetPath(idOrPath)) return loadRulesetFile(idOrPath);
  const bundled = findBundledRuleset(idOrPath);
  if (!bundled.success) return bundled;
  // A fresh precompiled form (built from these very bytes, every check passed) spares the full load at each start.
  const fresh = readFreshPrecompiled(bundled.data.path);
  const loaded: Warned<Safe<Screener>> = fresh.screener === undefined ? loadRulesetFile(bundled.data.path) : succeed(fresh.screener);
  return withWarnings(withBundledId(loaded, bundled.data), [...fresh.warnings ?? [], ...loaded.warnings ?? []]);
}
