import { canonicalJson } from '../ruleset/canonical-json.js';
import { sha256Hex } from '../ruleset/sha256.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { RulesetStamp } from '../schema/ruleset-stamp.js';

/** The digest a precompiled core carries: SHA-256 of its stamp and ruleset together, in canonical JSON. Not a signature. */
export function coreDigest(stamp: RulesetStamp, core: Ruleset): string {
  const { $schema: _ignored, ...content } = core;
  return `sha256:${sha256Hex(canonicalJson({ stamp: { id: stamp.id, version: stamp.version, fingerprint: stamp.fingerprint }, ruleset: content }))}`;
}
