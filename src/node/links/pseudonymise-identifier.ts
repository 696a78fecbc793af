import { createHmac } from 'node:crypto';
import { ASSOCIATION_PREFIXES, type AssociationKind } from '../../schema/association.js';
import { normaliseIdentifier } from './normalise-identifier.js';

/** The hex digits of HMAC-SHA-256 kept in a reference: 128 bits. */
const HEX_DIGITS = 32;

/**
 * The pseudonymous reference of a raw identifier: HMAC-SHA-256 under the local authority's key of
 * the kind and the normalised identifier, as the kind's prefix and 32 hex digits
 * (`veh-1f3c...`). The same identifier and key always give the same reference; without the key it
 * cannot be reversed or recomputed from a guess. Undefined when the identifier normalises to nothing.
 * @example
 * pseudonymiseIdentifier('vehicle', 'AB12 CDE', key) === pseudonymiseIdentifier('vehicle', 'ab12-cde', key)
 */
export function pseudonymiseIdentifier(kind: AssociationKind, raw: string, key: Uint8Array): string | undefined {
  const normal = normaliseIdentifier(kind, raw);
  if (normal === undefined) return undefined;
  const digest = createHmac('sha256', key).update(`${kind}\n${normal}`, 'utf8').digest('hex');
  return `${ASSOCIATION_PREFIXES[kind]}-${digest.slice(0, HEX_DIGITS)}`;
}
