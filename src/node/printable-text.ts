import { escapeUnprintable } from '../issues/escape-unprintable.js';

const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A character other than printable ASCII, a line feed or a tab: a text without one is printable as it is, and is checked fast. */
const BEYOND_PRINTABLE_LAYOUT = /[^\x20-\x7e\n\t]/;

/**
 * A whole text for a terminal or a text file, made printable: every control (C0 such as ESC and NUL, DEL,
 * C1), format character (every bidirectional override and isolate among them) and line or paragraph
 * separator is written as its `\uXXXX` escape (see escapeUnprintable), except the text's own layout: line
 * feeds, tabs, and a carriage return that ends a line (CRLF, as CSV writes). In JSON text the escapes
 * stand for the same characters. Fields that must stay on one line (a case ref) are escaped whole first.
 * @example
 * printableText('Ref: A\u001b[2J\u202eB\n') // 'Ref: A\\u001b[2J\\u202eB\n'
 */
export function printableText(text: string): string {
  if (!BEYOND_PRINTABLE_LAYOUT.test(text)) return text;
  return text.replace(UNPRINTABLE, (character: string, offset: number, whole: string) =>
    character === '\n' || character === '\t' || (character === '\r' && whole.charCodeAt(offset + 1) === 10) ? character : escapeUnprintable(character));
}
