import { assertNever } from '../../assert-never.js';
import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { AssociationKind } from '../../schema/association.js';
import type { Issue } from '../../schema/issue.js';

/** What may separate the parts of a plate or a number as people write them: white space, hyphens, dots, slashes, brackets. */
const SEPARATORS = /[\s\-./()]/gu;

/**
 * The canonical form of a raw identifier, so that the same vehicle, number or handle written two ways
 * gives the same pseudonym: Unicode NFKC (full-width digits become digits) and trimmed first, then by kind:
 * - vehicle: letters and digits only, upper case (`ab12 cde`, `AB12-CDE` and `ab.12.cde` are `AB12CDE`);
 *   the letters must be Latin (`MÜ` is kept): a plate with a Cyrillic or Greek look-alike, or any other
 *   character, is refused rather than dropped to what is left, which could link unrelated plates;
 * - phone: digits only, with a leading `+`, `00` or UK trunk `0` made international, and the trunk `0`
 *   people write after +44, bracketed or not, taken out (`+44 (0)7700 900123`, `+44 7700 900123`,
 *   `07700.900.123` and `(07700) 900123` are `+447700900123`); a number holding a letter (an O for a
 *   zero, an extension), digits of another script or any other character is refused;
 * - online-account: lower case, spaces removed, one leading `@` dropped (`@Name` is `name`; write
 *   `platform:handle` to keep platforms apart);
 * - person and place: the local authority's own identifier (a person or property reference), upper
 *   case with runs of white space made one space.
 * Refused, with `invalid_value` (path empty, never quoting the identifier), when nothing is left to identify.
 */
export function safeNormaliseIdentifier(kind: AssociationKind, raw: string): Safe<string> {
  const text = raw.normalize('NFKC').trim();
  switch (kind) {
    case 'vehicle':
      return vehicle(text);
    case 'phone':
      return phone(text);
    case 'online-account':
      return nonEmpty(text.toLowerCase().replace(/\s+/g, '').replace(/^@/, '').replace(/:@/, ':'));
    case 'person':
    case 'place':
      return nonEmpty(text.toUpperCase().replace(/\s+/g, ' '));
    default:
      return assertNever(kind);
  }
}

/** The normal form of an identifier (see safeNormaliseIdentifier in the same file for the rules), or undefined when the identifier is refused. */
export function normaliseIdentifier(kind: AssociationKind, raw: string): string | undefined {
  const normal = safeNormaliseIdentifier(kind, raw);
  return normal.success ? normal.data : undefined;
}

function vehicle(text: string): Safe<string> {
  const compact = text.replace(SEPARATORS, '').toUpperCase();
  if (!/^[\p{Script=Latin}0-9]*$/u.test(compact)) {
    return fail([refused('a vehicle registration holds Latin letters and digits only: this one has a letter of another script (a look-alike?) or a symbol')]);
  }
  return nonEmpty(compact);
}

function phone(text: string): Safe<string> {
  // Only what people write in a number: a leading +, digits, separators, and the (0) of a trunk prefix.
  if (!/^\+?[0-9\s\-./()]*$/u.test(text)) {
    return fail([refused('a phone number holds digits only, with +, spaces, dots, hyphens and brackets: this one has a letter or another character')]);
  }
  const digits = text.replace(/[^0-9]/g, '');
  let normal: string;
  if (text.startsWith('+')) normal = `+${digits}`;
  else if (digits.startsWith('00')) normal = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) normal = `+44${digits.slice(1)}`;
  else normal = digits;
  // No UK number goes on with 0 after +44: that 0 is the trunk prefix, written by habit ("+44 (0)7700 ...").
  if (normal.startsWith('+440')) normal = `+44${normal.slice(4)}`;
  return normal === '+' || normal === '+44' ? nonEmpty('') : nonEmpty(normal);
}

function nonEmpty(normal: string): Safe<string> {
  return normal === '' ? fail([refused('must be text with at least one letter or digit')]) : succeed(normal);
}

function refused(message: string): Issue {
  return { code: 'invalid_value', path: [], message };
}
