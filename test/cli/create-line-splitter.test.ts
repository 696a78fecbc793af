import { describe, expect, test } from 'vitest';
import { createLineSplitter, type SplitLine } from '../../src/node/cli/batch/create-line-splitter.js';

const text = (lines: readonly SplitLine[]): (string | number)[] =>
  lines.map((line) => (line.kind === 'line' ? Buffer.from(line.bytes).toString('utf8') : line.line));

describe('createLineSplitter', () => {
  test('cuts at every LF wherever the chunks split, numbering lines from 1 and keeping a last line without an LF', () => {
    const input = Buffer.from('a\r\n\nbc\ndé\nlast');
    for (let at = 0; at <= input.length; at++) {
      const splitter = createLineSplitter(100);
      const lines = [...splitter.push(input.subarray(0, at)), ...splitter.push(input.subarray(at)), ...splitter.end()];
      expect(text(lines)).toEqual(['a\r', '', 'bc', 'dé', 'last']);
      expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  test('drops a line longer than the limit as it arrives and reports it as too-large by its number, then goes on', () => {
    const splitter = createLineSplitter(4);
    const lines = [
      ...splitter.push(Buffer.from('ok\n12')), ...splitter.push(Buffer.from('345')), ...splitter.push(Buffer.from('678\nfine\n1234')),
      ...splitter.push(Buffer.from('5')), ...splitter.end(),
    ];
    expect(lines.map((line) => [line.kind, line.line])).toEqual([['line', 1], ['too-large', 2], ['line', 3], ['too-large', 4]]);
    expect(text(lines)).toEqual(['ok', 2, 'fine', 4]);
  });
});
