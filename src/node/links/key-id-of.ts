import { createHmac } from 'node:crypto';
import { AssociationRefSchema } from '../../schema/association.js';

/** The hex digits of a key id, which begin every ref `pseudonymise` makes: 32 bits, enough to tell keys apart. */
export const KEY_ID_DIGITS = 8;

/** The hex digits of HMAC-SHA-256 kept in a ref after the key id: 128 bits. */
export const DIGEST_DIGITS = 32;

const ids = new WeakMap<Uint8Array, string>();

/**
 * The id of a pseudonymisation key: the first 8 hex digits of HMAC-SHA-256 under the key of the text
 * `cse-screening key id`. It names the key (refs made under it begin with it) and gives nothing away: the
 * key cannot be worked out from it, and no identifier is hashed with it.
 * @example
 * keyIdOf(key) // '1a2b3c4d'
 */
export function keyIdOf(key: Uint8Array): string {
  let id = ids.get(key);
  if (id === undefined) {
    id = createHmac('sha256', key).update('cse-screening key id', 'utf8').digest('hex').slice(0, KEY_ID_DIGITS);
    ids.set(key, id);
  }
  return id;
}

/**
 * The id of the key a ref was made under: its first 8 hex digits, when it has the 40 that `pseudonymise`
 * writes (a key id, then 32 of HMAC); undefined for a ref of another length (made before refs carried a key
 * id, or by other means) or one that is not a ref.
 */
export function keyIdOfRef(ref: string): string | undefined {
  if (!AssociationRefSchema.safeParse(ref).success) return undefined;
  const digits = ref.slice(ref.indexOf('-') + 1);
  return digits.length === KEY_ID_DIGITS + DIGEST_DIGITS ? digits.slice(0, KEY_ID_DIGITS) : undefined;
}
