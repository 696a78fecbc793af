import { createHmac } from 'node:crypto';
import { ASSOCIATION_PREFIXES, type AssociationKind } from '../../schema/association.js';
import { DIGEST_DIGITS, keyIdOf } from './key-id-of.js';
import { normaliseIdentifier } from './normalise-identifier.js';

/**
 * The pseudonymous reference of a raw identifier: the kind's prefix, then the key's id (keyIdOf, 8 hex
 * digits), then the first 32 hex digits (128 bits) of HMAC-SHA-256 under the local authority's key of the
 * kind and the normalised identifier (`veh-1a2b3c4d1f3c...`). The same identifier and key always give the
 * same reference, and a reference says which key made it; without the key it cannot be reversed or
 * recomputed from a guess. Undefined when the identifier normalises to nothing or is refused (see
 * safeNormaliseIdentifier).
 * @example
 * pseudonymiseIdentifier('vehicle', 'AB12 CDE', key) === pseudonymiseIdentifier('vehicle', 'ab12-cde', key)
 */
export function pseudonymiseIdentifier(kind: AssociationKind, raw: string, key: Uint8Array): string | undefined {
  const normal = normaliseIdentifier(kind, raw);
  if (normal === undefined) return undefined;
  const digest = createHmac('sha256', key).update(`${kind}\n${normal}`, 'utf8').digest('hex');
  return `${ASSOCIATION_PREFIXES[kind]}-${keyIdOf(key)}${digest.slice(0, DIGEST_DIGITS)}`;
}
