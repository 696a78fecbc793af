import type { Issue } from '../../schema/issue.js';
import { keyIdOfRef } from './key-id-of.js';

/** Tells whether the refs of a caseload were all made under one pseudonymisation key. */
export interface KeyCheck {
  /**
   * The issue for the first of these refs made under another key than the first ref seen (a ref with no key
   * id counts as a key of its own), at `associations[i].ref`; undefined when they all agree, or mixing is allowed.
   */
  check(associations: readonly { readonly ref: string }[]): Issue | undefined;
}

/**
 * Creates a key check for one caseload. Refs made under two keys never match, so links between children
 * whose records were pseudonymised under different keys would be missed without a word: `links` and `report`
 * refuse such a caseload unless told (`--allow-mixed-keys`). Messages give key ids, never keys or refs.
 */
export function createKeyCheck(allowMixed: boolean): KeyCheck {
  let first: { readonly id: string | undefined } | undefined;
  return {
    check(associations) {
      if (allowMixed) return undefined;
      for (const [i, association] of associations.entries()) {
        const id = keyIdOfRef(association.ref);
        first ??= { id };
        if (id !== first.id) {
          return {
            code: 'invalid_value',
            path: ['associations', i, 'ref'],
            message: `was made under another key (${described(id)}) than the refs before it (${described(first.id)}): refs made under two keys never match, so links between them would be missed; pseudonymise the raw data again under one key, or give --allow-mixed-keys`,
          };
        }
      }
      return undefined;
    },
  };
}

function described(id: string | undefined): string {
  return id === undefined ? 'no key id: made before refs carried one, or by other means' : `key id ${id}`;
}
