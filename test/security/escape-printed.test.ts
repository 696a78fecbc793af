import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { formatIssue, formatPath } from '../../src/index.js';
import { runCli } from '../../src/node/cli/main.js';
import { recordingStream } from '../support/recording-stream.js';

// A key is printed as part of a path: one holding a terminal control (U+009B, a C1 control sequence
// introducer, or ESC), a line separator or a right-to-left override must not reach a terminal as it is.
const ODD: readonly [string, string][] = [
  ['NUL', '\u0000'], ['ESC', '\u001b'], ['newline', '\n'], ['DEL', '\u007f'], ['C1 NEL', '\u0085'], ['C1 CSI', '\u009b'],
  ['line separator', '\u2028'], ['paragraph separator', '\u2029'], ['left-to-right mark', '\u200e'], ['right-to-left mark', '\u200f'],
  ['LRE', '\u202a'], ['RLE', '\u202b'], ['PDF', '\u202c'], ['LRO', '\u202d'], ['RLO', '\u202e'],
  ['LRI', '\u2066'], ['RLI', '\u2067'], ['FSI', '\u2068'], ['PDI', '\u2069'], ['Arabic letter mark', '\u061c'],
];
const RAW = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/u; // \p{Cc}: C0, DEL and C1
const escaped = (character: string): string => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

describe('every control, separator and bidirectional formatting character in a printed key is escaped', () => {
  test.each(ODD)('%s in a key is printed as an escape, never raw, by formatPath and formatIssue', (_name, character) => {
    const path = ['answers', `a${character}b`, 0];
    const printed = formatPath(path);
    expect(printed).not.toMatch(RAW);
    expect(printed.startsWith('answers[')).toBe(true);
    if (character.charCodeAt(0) > 0x7f) expect(printed).toContain(escaped(character));
    const line = formatIssue({ code: 'unknown_indicator', path, message: `is not an indicator${character}` });
    expect(line).not.toMatch(RAW);
  });

  test('a screening whose answer keys hold every such character is refused with each key escaped on stderr, and nothing raw', async () => {
    const keys = ODD.map(([, character]) => `k${character}k`);
    const screening = JSON.stringify({ subject: { ageYears: 14 }, answers: Object.fromEntries(keys.map((key) => [key, 'yes'])) });
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io = { stdin: Readable.from([Buffer.from(screening)]), stdout: recordingStream(stdout), stderr: recordingStream(stderr) };
    expect(await runCli(['assess', '-', '--ruleset', 'test/fixtures/tiered.json'], io)).toBe(1);
    const text = stderr.join('');
    expect(text.split('\n').filter((line) => line !== '')).toHaveLength(keys.length);
    expect(text.replaceAll('\n', '')).not.toMatch(RAW);
    for (const [, character] of ODD.filter(([, c]) => c.charCodeAt(0) > 0x7f)) expect(text).toContain(escaped(character));
  });

  test('batch error lines carry the same keys as JSON escapes: the same data, nothing raw', async () => {
    const key = 'k\u009b\u202e\u2028k';
    const line = `${JSON.stringify({ ref: 'r\u202e1', subject: { ageYears: 14 }, answers: { [key]: 'yes' } })}\n`;
    const stdout: string[] = [];
    const io = { stdin: Readable.from([Buffer.from(line)]), stdout: recordingStream(stdout), stderr: recordingStream([]) };
    expect(await runCli(['assess', '--batch', '-', '--ruleset', 'test/fixtures/tiered.json', '--quiet'], io)).toBe(1);
    const text = stdout.join('');
    expect(text.slice(0, -1)).not.toMatch(RAW);
    const parsed = JSON.parse(text) as { ref: string; error: { issues: { path: unknown[] }[] } };
    expect(parsed.ref).toBe('r\u202e1');
    expect(parsed.error.issues[0]?.path).toEqual(['answers', key]);
  });
});
