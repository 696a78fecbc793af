import type { Screener } from '../engine/screener/compile-ruleset.js';
import { succeed, type Safe } from '../issues/safe.js';
import { findBundledRuleset, isRulesetPath, withBundledId } from './list-bundled-rulesets.js';
import { readFreshPrecompiled } from './read-fresh-precompiled.js';
import { withWarnings, type Warned } from './warned.js';

/**
 * Like resolveRuleset (same results, same issues), but the ruleset schema, checks and protection proofs are
 * imported only when they are needed: for a ruleset named by path, or a bundled one whose precompiled form
 * is missing, stale or altered. A CLI start from a fresh precompiled ruleset so never loads them.
 * @example
 * const loaded = await resolveRulesetLazily(DEFAULT_RULESET_ID);
 */
export async function resolveRulesetLazily(idOrPath: string): Promise<Warned<Safe<Screener>>> {
  const loadInFull = async (path: string): Promise<Warned<Safe<Screener>>> => (await import('./load-ruleset-file.js')).loadRulesetFile(path);
  if (isRulesetPath(idOrPath)) return loadInFull(idOrPath);
  const bundled = findBundledRuleset(idOrPath);
  if (!bundled.success) return bundled;
  const fresh = readFreshPrecompiled(bundled.data.path);
  const loaded: Warned<Safe<Screener>> = fresh.screener === undefined ? await loadInFull(bundled.data.path) : succeed(fresh.screener);
  return withWarnings(withBundledId(loaded, bundled.data), [...fresh.warnings ?? [], ...loaded.warnings ?? []]);
}
