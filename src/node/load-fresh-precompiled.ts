import type { Screener } from '../engine/screener/compile-ruleset.js';
import { readFreshPrecompiled } from './read-fresh-precompiled.js';

/**
 * The screener for a bundled ruleset file from its precompiled form beside it, when that is fresh (see
 * readFreshPrecompiled: built from these very bytes, and holding the very ruleset of the file); undefined
 * otherwise, and the caller then loads the ruleset in full, with every check and proof.
 */
export function loadFreshPrecompiled(rulesetPath: string): Screener | undefined {
  return readFreshPrecompiled(rulesetPath).screener;
}
