import { readFileSync } from 'node:fs';
import type { Screener } from '../engine/screener/compile-ruleset.js';
import { buildCompiledRuleset } from '../engine/compile/build-compiled-ruleset.js';
import { createScreener } from '../engine/screener/create-screener.js';
import { ATTESTED_PRECOMPILED_SHA256 } from '../generated/attested-precompiled.js';
import { RULESET_SHAPE } from '../generated/ruleset-shape.js';
import { guardInput } from '../issues/guard-input.js';
import { builtOrUndefined } from '../precompiled/built-or-undefined.js';
import { PRECOMPILED_FORMAT, type PrecompiledRuleset } from '../precompiled/precompiled-ruleset.js';
import { isSameRulesetContent } from '../ruleset/is-same-ruleset-content.js';
import type { Issue } from '../schema/issue.js';
import { parseShape } from '../schema/parse-shape.js';
import type { Ruleset } from '../schema/ruleset.js';
import { bytesSha256 } from './bytes-sha256.js';
import { precompiledPathOf } from './precompiled-path-of.js';

/** The screener of a fresh precompiled ruleset, or none (the caller loads the file in full), with a warning when the precompiled file was altered. */
export interface FreshPrecompiled {
  readonly screener?: Screener;
  readonly warnings?: readonly Issue[];
}

/**
 * The screener for a bundled ruleset file from its precompiled form beside it, when that is fresh: built
 * by this format from exactly these bytes (SHA-256 by node:crypto), and holding the very ruleset of the
 * file, with that ruleset's fingerprint in its stamp. No screener when there is none, it is stale or it
 * cannot be read; the caller then loads the ruleset in full, with every check and proof.
 *
 * A precompiled file that npm run generate wrote as it is (its SHA-256 is in ATTESTED_PRECOMPILED_SHA256,
 * which generate writes beside it and the build compiles into this code) was shown to hold the ruleset of the
 * bytes it names, and its stamp to be that ruleset's, before it was written: it is taken as it is. Any other is checked against the file: the
 * file's ruleset is read by its shape, without the checks and proofs a full load runs, which the precompiled
 * file says were passed; its ruleset must be the same JSON (isSameRulesetContent, in the same order), and
 * the fingerprint of the ruleset, worked out once as the screener is built from it, must be the stamp's.
 * One that says it was built from these bytes but holds another ruleset, or another fingerprint, was changed
 * after the build (under-13 rules taken out and the fingerprint worked out again, say): it is not used, and
 * a warning says so.
 */
export function readFreshPrecompiled(rulesetPath: string): FreshPrecompiled {
  try {
    const text = readFileSync(precompiledPathOf(rulesetPath));
    const precompiled = JSON.parse(text.toString('utf8')) as Partial<PrecompiledRuleset> | null;
    if (precompiled?.format !== PRECOMPILED_FORMAT || typeof precompiled.source?.sha256 !== 'string') return {};
    const bytes = readFileSync(rulesetPath);
    if (precompiled.source.sha256 !== bytesSha256(bytes)) return {};
    if (ATTESTED_PRECOMPILED_SHA256.has(bytesSha256(text))) return { screener: screenerOfAttested(precompiled as PrecompiledRuleset) };
    return checkedAgainstFile(precompiled, bytes);
  } catch {
    return {};
  }
}

/** The screener of a precompiled file as npm run generate wrote it: its ruleset and stamp as they are, neither read nor worked out again. */
function screenerOfAttested(precompiled: PrecompiledRuleset): Screener {
  return createScreener(buildCompiledRuleset(precompiled.ruleset, precompiled.stamp.fingerprint));
}

/** The screener of a precompiled file that holds the ruleset of these bytes and its fingerprint, or the warning that it was altered. */
function checkedAgainstFile(precompiled: Partial<PrecompiledRuleset>, bytes: Uint8Array): FreshPrecompiled {
  const ruleset = rulesetOfFile(bytes);
  if (ruleset === undefined || !isSameRulesetContent(ruleset, precompiled.ruleset)) return { warnings: [altered] };
  const compiled = builtOrUndefined(ruleset);
  if (compiled === undefined || compiled.stamp.fingerprint !== fingerprintOfStamp(precompiled.stamp)) return { warnings: [altered] };
  return { screener: createScreener(compiled) };
}

const altered: Issue = {
  code: 'invalid_value',
  path: ['precompiled', 'stamp', 'fingerprint'],
  message: 'is not the fingerprint of the ruleset file the precompiled ruleset says it was built from: it was changed after it was built, so it is not used and the ruleset file is loaded in full; build it again with npm run generate',
};

/** A ruleset file's ruleset, read by its shape only; undefined when the file is not a ruleset of that shape. */
function rulesetOfFile(bytes: Uint8Array): Ruleset | undefined {
  const guarded = guardInput(JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown);
  if (!guarded.success) return undefined;
  const parsed = parseShape(RULESET_SHAPE, guarded.data);
  return parsed.issues.length > 0 ? undefined : parsed.value as Ruleset;
}

/** The fingerprint a precompiled file's stamp gives, read as the file's JSON may hold anything. */
function fingerprintOfStamp(stamp: unknown): unknown {
  return typeof stamp === 'object' && stamp !== null ? (stamp as { fingerprint?: unknown }).fingerprint : undefined;
}
