import type { Screener } from '../engine/screener/compile-ruleset.js';
import type { Safe } from '../issues/safe.js';
import { DEFAULT_RULESET_ID, resolveRuleset } from './bundled-rulesets.js';

/** Loads and compiles the bundled default ruleset, DEFAULT_RULESET_ID. */
export function loadDefaultRuleset(): Safe<Screener> {
  return resolveRuleset(DEFAULT_RULESET_ID);
}
