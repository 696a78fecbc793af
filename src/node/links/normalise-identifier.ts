import type { AssociationKind } from '../../schema/association.js';

/**
 * The canonical form of a raw identifier, so that the same vehicle, number or handle written two ways
 * gives the same pseudonym: Unicode NFKC and trimmed first, then by kind:
 * - vehicle: letters and digits only, upper case (`ab12 cde` and `AB12-CDE` are `AB12CDE`);
 * - phone: digits only, with a leading `+`, `00` or UK trunk `0` made international (`07700 900123` and
 *   `+44 7700 900123` are `+447700900123`);
 * - online-account: lower case, spaces removed, one leading `@` dropped (`@Name` is `name`; write
 *   `platform:handle` to keep platforms apart);
 * - person and place: the local authority's own identifier (a person or property reference), upper
 *   case with runs of white space made one space.
 * Returns undefined when nothing is left to identify.
 */
export function normaliseIdentifier(kind: AssociationKind, raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  let normal: string;
  switch (kind) {
    case 'vehicle':
      normal = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
      break;
    case 'phone':
      normal = phone(text);
      break;
    case 'online-account':
      normal = text.toLowerCase().replace(/\s+/g, '').replace(/^@/, '').replace(/:@/, ':');
      break;
    case 'person':
    case 'place':
      normal = text.toUpperCase().replace(/\s+/g, ' ');
      break;
    default:
      return kind satisfies never;
  }
  return normal === '' || normal === '+' ? undefined : normal;
}

function phone(text: string): string {
  const digits = text.replace(/[^0-9]/g, '');
  if (text.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  return digits;
}
