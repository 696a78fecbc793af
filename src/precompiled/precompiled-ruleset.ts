import type { Ruleset } from '../schema/ruleset.js';
import type { RulesetStamp } from '../schema/ruleset-stamp.js';

/** The format tag of a precompiled ruleset; a file with any other tag is not read. */
export const PRECOMPILED_FORMAT = 'cse-screening/precompiled/1';

/**
 * A ruleset checked, proved and parsed at build time (`npm run generate`), ready to screen without the
 * ruleset schema and checks: the parsed ruleset with its defaults written out, its stamp, and the
 * SHA-256 of the source file's bytes, by which a loader tells whether it is still fresh.
 */
export interface PrecompiledRuleset {
  readonly format: typeof PRECOMPILED_FORMAT;
  /** The source file the ruleset was built from: its path in the package and the SHA-256 (hex) of its bytes. */
  readonly source: { readonly path: string; readonly sha256: string };
  /** Id, version and fingerprint of the ruleset, as the full load computes them. */
  readonly stamp: RulesetStamp;
  /** The ruleset as parsing returned it: every check and load-time protection proof passed. */
  readonly ruleset: Ruleset;
}
