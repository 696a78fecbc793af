import type { Ruleset } from '../schema/ruleset.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/**
 * The content hash of a parsed ruleset: SHA-256 of its canonical JSON, without `$schema`. Two files
 * that differ only in key order, whitespace or defaults written out have the same fingerprint.
 */
export function fingerprintRuleset(ruleset: Ruleset): string {
  const { $schema: _ignored, ...content } = ruleset;
  return `sha256:${sha256Hex(canonicalJson(content))}`;
}
