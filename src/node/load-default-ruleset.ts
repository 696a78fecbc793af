import type { Screener } from '../engine/screener/compile-ruleset.js';
import type { BrightonHoveCseAnswers } from '../generated/brighton-hove-cse-answers.js';
import type { Safe } from '../issues/safe.js';
import { DEFAULT_RULESET_ID, resolveRuleset } from './bundled-rulesets.js';

/**
 * Loads and compiles the bundled default ruleset, DEFAULT_RULESET_ID. Its screener is typed by the
 * ruleset's answers, `BrightonHoveCseAnswers` (generated from this very ruleset and checked fresh by the
 * tests), so that `screen` refuses a misspelt indicator id, answer code or time window at compile time.
 */
export function loadDefaultRuleset(): Safe<Screener<BrightonHoveCseAnswers>> {
  return resolveRuleset(DEFAULT_RULESET_ID);
}
