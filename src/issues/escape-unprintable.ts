/**
 * Characters that must never reach a terminal or a log as they are: controls (C0, DEL, C1 such as
 * U+009B, a terminal's control sequence introducer), format characters (among them every
 * bidirectional control, U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, which can make a
 * path read backwards), and the line and paragraph separators U+2028 and U+2029.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A character other than printable ASCII (space to tilde): a text without one has nothing to escape, and is checked fast. */
const BEYOND_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** Replaces every unprintable character with its `\uXXXX` escape, which reads the same in JSON and in JavaScript. */
export function escapeUnprintable(text: string): string {
  if (!BEYOND_PRINTABLE_ASCII.test(text)) return text;
  return text.replace(UNPRINTABLE, (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
