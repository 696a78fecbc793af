import type { RulesetText } from './ruleset-texts.js';
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

/** The format tag of a precompiled ruleset's core: what screening reads, its texts apart. */
export const PRECOMPILED_CORE_FORMAT = 'cse-screening/precompiled-core/1';

/** The format tag of a precompiled ruleset's texts, for its core. */
export const PRECOMPILED_TEXTS_FORMAT = 'cse-screening/precompiled-texts/1';

/**
 * A precompiled ruleset without its texts (`rules/<id>.core.json`), for a browser app that screens for the
 * decision or ids and loads the texts only when it shows a full result or an explanation: every prose string
 * is '' and every citation list [] (splitRulesetTexts). `stamp` is the whole ruleset's, which results carry;
 * `coreDigest` is the SHA-256 of the stamp and core together, by which a loader tells the file was changed.
 */
export interface PrecompiledCore extends Omit<PrecompiledRuleset, 'format'> {
  readonly format: typeof PRECOMPILED_CORE_FORMAT;
  readonly coreDigest: string;
}

/**
 * A precompiled ruleset's texts (`rules/<id>.texts.json`): each prose string and citation list, where it goes in
 * the core, with the whole ruleset's stamp (texts load only with the core of the same ruleset).
 */
export interface PrecompiledTexts extends Pick<PrecompiledRuleset, 'stamp'> {
  readonly format: typeof PRECOMPILED_TEXTS_FORMAT;
  readonly texts: readonly RulesetText[];
}
