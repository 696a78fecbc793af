import { guardInput } from '../issues/guard-input.js';
import { fail, succeed, type Safe } from '../issues/safe.js';
import type { Ruleset } from '../schema/ruleset.js';
import type { RulesetStamp } from '../schema/ruleset-stamp.js';
import { coreDigest } from './core-digest.js';
import { PRECOMPILED_CORE_FORMAT, type PrecompiledCore } from './precompiled-ruleset.js';

/**
 * Reads a precompiled core as the precompiler wrote it: within the input limits, of this version's format,
 * with a stamp, and with the digest of its stamp and ruleset, so that a file changed after it was built is
 * refused. The ruleset is not built here.
 */
export function readPrecompiledCore(precompiled: unknown): Safe<{ readonly stamp: RulesetStamp; readonly core: Ruleset }> {
  const guarded = guardInput(precompiled);
  if (!guarded.success) return guarded;
  const input = guarded.data as Partial<Record<keyof PrecompiledCore, unknown>> | null;
  if (typeof input !== 'object' || input === null || Array.isArray(input) || input.format !== PRECOMPILED_CORE_FORMAT) {
    return fail([{ code: 'unsupported_format', path: ['format'], message: `must be "${PRECOMPILED_CORE_FORMAT}"; build the precompiled ruleset again with this version of the library` }]);
  }
  const stamp = readStamp(input.stamp);
  if (stamp === undefined) return fail([{ code: 'invalid_shape', path: ['stamp'], message: 'must be the id, version and fingerprint of the ruleset, as the precompiler writes them' }]);
  const core = input.ruleset;
  if (typeof core !== 'object' || core === null || Array.isArray(core)) {
    return fail([{ code: 'invalid_shape', path: ['ruleset'], message: 'is not a ruleset as the precompiler writes one; build the precompiled ruleset again from its source' }]);
  }
  if (input.coreDigest !== coreDigest(stamp, core as Ruleset)) {
    return fail([{ code: 'invalid_value', path: ['coreDigest'], message: 'differs from the digest of the stamp and ruleset the file holds: the file was changed after it was built; build it again from the ruleset' }]);
  }
  return succeed({ stamp, core: core as Ruleset });
}

/** A stamp as the precompiler writes it, or undefined. */
export function readStamp(value: unknown): RulesetStamp | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, version, fingerprint } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof version === 'string' && typeof fingerprint === 'string' ? { id, version, fingerprint } : undefined;
}
