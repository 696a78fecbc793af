import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeUnprintable } from '../../src/issues/escape-unprintable.js';
import { printableText } from '../../src/node/printable-text.js';

// What the two escapes must do, written out once more without their fast path for plain ASCII.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const escapeOf = (character: string): string => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
const everyEscaped = (text: string): string => text.replace(UNPRINTABLE, escapeOf);
const layoutKept = (text: string): string => text.replace(UNPRINTABLE, (character: string, offset: number, whole: string) =>
  (character === '\n' || character === '\t' || (character === '\r' && whole.charCodeAt(offset + 1) === 10) ? character : escapeOf(character)));

// Printable ASCII with, now and then, a control, a format character, a separator or other text beyond ASCII.
const ODD = ['\u0000', '\u001b', '\n', '\r', '\t', '\r\n', '\u007f', '\u0085', '\u009b', '\u00ad', '\u061c', '\u200e', '\u2028', '\u2029', '\u202e', '\u2066', '\ufeff', '\u{e0001}', 'é', '名', '😀'];
const text = fc.array(fc.oneof({ weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii' }) }, fc.constantFrom(...ODD), fc.string({ unit: 'binary' })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the escapes skip the search only where there is nothing to escape', () => {
  test('escapeUnprintable gives what escaping every unprintable character gives, for any text', () => {
    fc.assert(fc.property(text, (value) => { expect(escapeUnprintable(value)).toBe(everyEscaped(value)); }), { numRuns: 2000 });
  });

  test('printableText gives what escaping every unprintable character but the layout gives, for any text', () => {
    fc.assert(fc.property(text, (value) => { expect(printableText(value)).toBe(layoutKept(value)); }), { numRuns: 2000 });
  });

  test('text of printable ASCII alone comes back as it is, and a control in it never does', () => {
    expect(escapeUnprintable('{"level":"high"}')).toBe('{"level":"high"}');
    expect(escapeUnprintable('a\u001bb')).toBe('a\\u001bb');
    expect(printableText('a\tb\nc\r\n')).toBe('a\tb\nc\r\n');
    expect(printableText('a\rb')).toBe('a\\u000db');
  });
});
