import { AssociationKindSchema, AssociationRefSchema, AssociationRoleSchema } from '../../schema/association.js';
import type { Issue } from '../../schema/issue.js';
import { keyIdOf, keyIdOfRef } from './key-id-of.js';
import { safeNormaliseIdentifier } from './normalise-identifier.js';
import { pseudonymiseIdentifier } from './pseudonymise-identifier.js';
import { appendIssues } from '../../issues/append-issues.js';

/**
 * A copy of a screening whose `associations` are written with raw identifiers
 * (`{ kind, identifier, role? }`) with each identifier replaced by its pseudonymous `ref`. Entries that
 * already hold a valid `ref` made under this key are kept; a ref made under another key, or with no key id,
 * is refused, since it would never match the refs made here. Issues name paths only, never the identifiers.
 */
export function pseudonymiseAssociations(screening: unknown, key: Uint8Array): { readonly screening: unknown; readonly issues: readonly Issue[] } {
  if (screening === null || typeof screening !== 'object' || Array.isArray(screening)) {
    return { screening, issues: [{ code: 'invalid_type', path: [], message: 'expected a screening object' }] };
  }
  const record = screening as Record<string, unknown>;
  const associations = record['associations'];
  if (associations === undefined) return { screening, issues: [] };
  if (!Array.isArray(associations)) return { screening, issues: [{ code: 'invalid_type', path: ['associations'], message: 'expected an array' }] };
  const issues: Issue[] = [];
  const converted = associations.map((entry: unknown, i) => {
    const path = ['associations', i];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      issues.push({ code: 'invalid_type', path, message: 'expected an object { kind, identifier, role? }' });
      return entry;
    }
    const { kind, identifier, ref, role, ...rest } = entry as Record<string, unknown>;
    const parsedKind = AssociationKindSchema.safeParse(kind);
    if (!parsedKind.success) issues.push({ code: 'invalid_value', path: [...path, 'kind'], message: 'must be person, vehicle, place, phone or online-account' });
    if (role !== undefined && !AssociationRoleSchema.safeParse(role).success) issues.push({ code: 'invalid_value', path: [...path, 'role'], message: 'is not one of the association roles' });
    for (const name of Object.keys(rest)) issues.push({ code: 'unknown_key', path: [...path, name], message: 'is not a member of an association' });
    if (identifier === undefined) {
      if (!AssociationRefSchema.safeParse(ref).success) issues.push({ code: 'invalid_format', path: [...path, 'ref'], message: 'needs an identifier to pseudonymise, or a pseudonymous ref' });
      else if (keyIdOfRef(ref as string) !== keyIdOf(key)) {
        issues.push({ code: 'invalid_value', path: [...path, 'ref'], message: `was made under another key than this one (key id ${keyIdOf(key)}), or before refs carried a key id: it would never match the refs made here; pseudonymise it again from its identifier` });
      }
      return entry;
    }
    if (ref !== undefined) issues.push({ code: 'invalid_shape', path, message: 'has both identifier and ref: give one' });
    if (!parsedKind.success) return entry;
    if (typeof identifier !== 'string') {
      issues.push({ code: 'invalid_value', path: [...path, 'identifier'], message: 'must be text with at least one letter or digit' });
      return entry;
    }
    // Refused, never dropped to what is left: a plate with a look-alike letter of another script could link unrelated plates.
    const normal = safeNormaliseIdentifier(parsedKind.data, identifier);
    if (!normal.success) appendIssues(issues, normal.issues, [...path, 'identifier']);
    const token = normal.success ? pseudonymiseIdentifier(parsedKind.data, identifier, key) : undefined;
    return { kind, ref: token, ...(role === undefined ? {} : { role }) };
  });
  return issues.length > 0 ? { screening, issues } : { screening: { ...record, associations: converted }, issues: [] };
}
