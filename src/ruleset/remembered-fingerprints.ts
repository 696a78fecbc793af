import type { Ruleset } from '../schema/ruleset.js';
import { fingerprintRuleset } from './fingerprint-ruleset.js';

/**
 * The fingerprint last worked out for each ruleset object. A screener's ruleset is immutable (see Screener),
 * so the fingerprint its stamp was built from still holds when a result of it is explained.
 */
const remembered = new WeakMap<Ruleset, string>();

/**
 * Remembers a ruleset's fingerprint for this object, in place of any earlier one, and returns it:
 * buildCompiledRuleset stamps a screener with it, so that explaining a result with the screener's ruleset
 * does not hash the ruleset again. The fingerprint must be fingerprintRuleset's for the ruleset as it is.
 */
export function rememberFingerprint(ruleset: Ruleset, fingerprint: string): string {
  remembered.set(ruleset, fingerprint);
  return fingerprint;
}

/** The fingerprint remembered for this ruleset object, or, for one not seen before, worked out and remembered. */
export function rememberedFingerprint(ruleset: Ruleset): string {
  return remembered.get(ruleset) ?? rememberFingerprint(ruleset, fingerprintRuleset(ruleset));
}
