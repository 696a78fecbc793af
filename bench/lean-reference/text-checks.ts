/**
 * The string formats of a screening, checked by hand, character by character, as the screening schema
 * (src/schema) states them: ids, calendar dates, lengths in code points, visible text, fingerprints and
 * association references. No regular expressions, and nothing allocated.
 */

const isLower = (unit: number): boolean => unit >= 97 && unit <= 122;
const isDigit = (unit: number): boolean => unit >= 48 && unit <= 57;
const isLowerHex = (unit: number): boolean => isDigit(unit) || (unit >= 97 && unit <= 102);

/** A kebab-case id: a lower-case letter, then letters and digits in runs joined by single hyphens; at most 80 characters. */
export function isId(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 80 || !isLower(text.charCodeAt(0))) return false;
  let afterHyphen = false;
  for (let i = 1; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 45) {
      if (afterHyphen) return false;
      afterHyphen = true;
    } else if (isLower(unit) || isDigit(unit)) afterHyphen = false;
    else return false;
  }
  return !afterHyphen;
}

const DIGIT_PLACES = [0, 1, 2, 3, 5, 6, 8, 9];
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date YYYY-MM-DD that exists in the Gregorian calendar (29 February only in leap years; the year 0000 is one). */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const at of DIGIT_PLACES) if (!isDigit(text.charCodeAt(at))) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month] as number)) return false;
  return month !== 2 || day !== 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

/** The number written by `count` ASCII digits from `from`. */
export function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Whole years from a date of birth to a later date, both valid YYYY-MM-DD; a 29 February birthday comes on 1 March in other years. */
export function yearsBetween(dateOfBirth: string, on: string): number {
  const monthDayOfBirth = digitsAt(dateOfBirth, 5, 2) * 100 + digitsAt(dateOfBirth, 8, 2);
  const monthDay = digitsAt(on, 5, 2) * 100 + digitsAt(on, 8, 2);
  return digitsAt(on, 0, 4) - digitsAt(dateOfBirth, 0, 4) - (monthDay >= monthDayOfBirth ? 0 : 1);
}

/** Whether a string has from `min` to `max` Unicode code points (a surrogate pair is one; a lone surrogate is one too). */
export function hasCodePointsBetween(text: string, min: number, max: number): boolean {
  // UTF-16 units are at least the code points and at most twice them: count only when that cannot decide.
  const fewest = (text.length + 1) >> 1;
  if (text.length <= max && fewest >= min) return true;
  if (text.length < min || fewest > max) return false;
  let points = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      points--;
      i++;
    }
  }
  return points >= min && points <= max;
}

/**
 * UTF-16 units outside ASCII that do not show: white space (as JavaScript's `\s` has it) and the characters
 * invisible by design (soft hyphen, joiners, direction marks and overrides, variation selectors, fillers,
 * byte order mark...). Inclusive ranges.
 */
const BLANK_BEYOND_ASCII = [
  0x00a0, 0x00a0, 0x00ad, 0x00ad, 0x034f, 0x034f, 0x061c, 0x061c, 0x115f, 0x1160, 0x1680, 0x1680, 0x17b4, 0x17b5,
  0x180b, 0x180f, 0x2000, 0x200f, 0x2028, 0x202f, 0x205f, 0x206f, 0x3000, 0x3000, 0x3164, 0x3164, 0xfe00, 0xfe0f,
  0xfeff, 0xfeff, 0xffa0, 0xffa0,
];

/** Whether a text has a character that shows: a rationale made only of spaces or invisible characters says nothing. */
export function hasVisibleCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (unit > 0x20 && unit < 0x7f) return true;
      // Control characters other than white space show as far as the schema is concerned.
      if (unit < 0x09 || (unit > 0x0d && unit < 0x20) || unit === 0x7f) return true;
      continue;
    }
    let blank = false;
    for (let k = 0; k < BLANK_BEYOND_ASCII.length; k += 2) {
      if (unit >= (BLANK_BEYOND_ASCII[k] as number) && unit <= (BLANK_BEYOND_ASCII[k + 1] as number)) {
        blank = true;
        break;
      }
    }
    if (!blank) return true;
  }
  return false;
}

/** A ruleset fingerprint: `sha256:` and 64 lower-case hex digits. */
export function isFingerprint(text: string): boolean {
  if (text.length !== 71 || !text.startsWith('sha256:')) return false;
  for (let i = 7; i < 71; i++) if (!isLowerHex(text.charCodeAt(i))) return false;
  return true;
}

const REF_PREFIXES = ['per-', 'veh-', 'pla-', 'tel-', 'acc-'];

/** A pseudonymous association reference: a kind prefix (per, veh, pla, tel, acc), a hyphen, 16 to 64 lower-case hex digits. */
export function isAssociationRef(text: string): boolean {
  if (text.length < 20 || text.length > 68) return false;
  let prefixed = false;
  for (const prefix of REF_PREFIXES) if (text.startsWith(prefix)) prefixed = true;
  if (!prefixed) return false;
  for (let i = 4; i < text.length; i++) if (!isLowerHex(text.charCodeAt(i))) return false;
  return true;
}
