/**
 * The characters that are invisible by design, beside white space: soft hyphen, combining grapheme joiner,
 * Arabic letter mark, Hangul fillers, Khmer inherent vowels, Mongolian selectors and vowel separator,
 * zero-width space, joiners and direction marks, embeddings and overrides, word joiner and invisible
 * operators, variation selectors, byte order mark. Inclusive ranges of UTF-16 code units.
 */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];

const hex = (unit: number): string => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One character that shows when written, as a regular expression source for a JSON Schema `pattern`:
 * anything but white space and the invisible characters above. Written with `\u` escapes only, so that
 * validators with and without Unicode regular expressions read it alike; a character outside the Basic
 * Multilingual Plane counts as visible, as in {@link hasVisibleText}.
 */
export const VISIBLE_CHARACTER: string = /* @__PURE__ */ visibleCharacter();

// Worked out by a call marked pure, so that a bundle that only checks text (hasVisibleText) leaves it out.
function visibleCharacter(): string {
  return `[^\\s${INVISIBLE.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join('')}]`;
}

const WHITE_SPACE = /\s/;

/** Whether a text has at least one character that shows: a rationale of spaces or zero-width characters says nothing. */
export function hasVisibleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (WHITE_SPACE.test(text.charAt(i))) continue;
    if (!INVISIBLE.some(([from, to]) => unit >= from && unit <= to)) return true;
  }
  return false;
}
