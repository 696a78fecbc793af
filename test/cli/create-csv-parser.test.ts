import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCsvParser, type CsvParser, type CsvRow } from '../../src/node/cli/batch/create-csv-parser.js';

// The CSV reader of `cse-screen assess --batch` gets its input in chunks split anywhere: these
// tests feed the same text in every split and check the rows do not change.
const TRICKY = '\uFEFFref,note,n\r\n'
  + '"a,1","say ""hi""",1\r\n'
  + '\r\n'
  + 'b,"two\r\nlines",2\n'
  + '"c","",\n'
  + '\n'
  + 'd,"x\ny\nz","😀 é"\r'
  + 'e,,\r\n'
  + '"",f,"g"';

const TRICKY_ROWS: CsvRow[] = [
  { fields: ['ref', 'note', 'n'], line: 1 },
  { fields: ['a,1', 'say "hi"', '1'], line: 2 },
  { fields: ['b', 'two\r\nlines', '2'], line: 4 },
  { fields: ['c', '', ''], line: 6 },
  { fields: ['d', 'x\ny\nz', '😀 é'], line: 8 },
  { fields: ['e', '', ''], line: 11 },
  { fields: ['', 'f', 'g'], line: 12 },
];

function parseInChunks(parser: CsvParser, chunks: readonly string[]): CsvRow[] {
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

describe('createCsvParser', () => {
  test('reads quoted fields, doubled quotes, CRLF, LF and lone CR, line breaks in quotes, blank lines and a last row without a line end', () => {
    expect(parseInChunks(createCsvParser(), [TRICKY])).toEqual(TRICKY_ROWS);
  });

  test('gives the same rows wherever the input is split into two or three chunks, at every offset', () => {
    for (let i = 0; i <= TRICKY.length; i++) {
      for (let j = i; j <= TRICKY.length; j++) {
        const rows = parseInChunks(createCsvParser(), [TRICKY.slice(0, i), TRICKY.slice(i, j), TRICKY.slice(j)]);
        if (JSON.stringify(rows) !== JSON.stringify(TRICKY_ROWS)) expect({ i, j, rows }).toEqual({ i, j, rows: TRICKY_ROWS });
      }
    }
  });

  test('gives the same rows fed one character at a time', () => {
    expect(parseInChunks(createCsvParser(), [...TRICKY])).toEqual(TRICKY_ROWS);
  });

  test('returns rows that break the grammar with the problem named, and goes on to the next row', () => {
    expect(parseInChunks(createCsvParser(), ['a"b,c\n"x"y,z\nok,1\n"open,2'])).toEqual([
      { fields: ['a"b', 'c'], line: 1, problem: 'quote_in_unquoted_field' },
      { fields: ['xy', 'z'], line: 2, problem: 'text_after_closing_quote' },
      { fields: ['ok', '1'], line: 3 },
      { fields: ['open,2'], line: 4, problem: 'unclosed_quote' },
    ]);
  });

  test('reads back any rows written by the RFC 4180 rules, whatever the chunking (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\r', '\n', 'é', '😀'), maxLength: 8 });
    const rowsArb = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(rowsArb, fc.constantFrom('\n', '\r\n'), fc.array(fc.nat(), { maxLength: 6 }), (rows, eol, cuts) => {
      const quote = (field: string): string => (field === '' || /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
      const text = rows.map((row) => row.map(quote).join(',')).join(eol);
      const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((start, k) => text.slice(start, at[k] ?? text.length));
      const parsed = parseInChunks(createCsvParser(), chunks);
      let line = 1;
      const expected = rows.map((fields) => {
        const row = { fields, line };
        line += fields.join('').split('\n').length; // the row's own line, plus one per LF inside its fields
        return row;
      });
      expect(parsed).toEqual(expected);
    }), { numRuns: 1000 });
  });
});

describe('createCsvParser limits: a row over them is dropped as it arrives and returned as too_large, by its line', () => {
  const LIMITS = { maxRowChars: 10, maxFields: 3 };
  const TEXT = 'a,b\n"0123456789\nAB",c\nd,e\nf,g,h,i\n"j",k\n';
  const EXPECTED: CsvRow[] = [
    { fields: ['a', 'b'], line: 1 },
    { fields: [], line: 2, problem: 'too_large' },
    { fields: ['d', 'e'], line: 4 },
    { fields: [], line: 5, problem: 'too_large' },
    { fields: ['j', 'k'], line: 6 },
  ];

  test('in one chunk', () => {
    expect(parseInChunks(createCsvParser(LIMITS), [TEXT])).toEqual(EXPECTED);
  });

  test('in chunks split anywhere', () => {
    fc.assert(fc.property(fc.array(fc.nat(TEXT.length), { maxLength: 6 }), (cuts) => {
      const points = [...new Set([0, ...cuts, TEXT.length])].sort((a, b) => a - b);
      const chunks = points.slice(1).map((end, i) => TEXT.slice(points[i], end));
      expect(parseInChunks(createCsvParser(LIMITS), chunks)).toEqual(EXPECTED);
    }), { numRuns: 200 });
  });

  test('a row exactly at the limits is kept', () => {
    expect(parseInChunks(createCsvParser(LIMITS), ['0123,45678,9\n'])).toEqual([{ fields: ['0123', '45678', '9'], line: 1 }]);
  });
});
