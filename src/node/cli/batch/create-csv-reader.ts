import { StringDecoder } from 'node:string_decoder';
import type { Screener } from '../../../engine/screener/compile-ruleset.js';
import type { Issue } from '../../../schema/issue.js';
import type { BatchReader, BatchRecord } from './batch-reader.js';
import { createCsvParser, CSV_LIMITS, type CsvProblem, type CsvRow } from './create-csv-parser.js';
import { planCsvColumns, type CsvColumn } from './plan-csv-columns.js';
import { readCsvRow } from './read-csv-row.js';

const PROBLEMS: Readonly<Record<Exclude<CsvProblem, 'too_large'>, string>> = {
  quote_in_unquoted_field: 'has a quote inside a field that does not start with one; quote the whole field and double the quote',
  text_after_closing_quote: 'has text after the closing quote of a field',
  unclosed_quote: 'has a quoted field that is never closed',
};

const TOO_LARGE: Issue = {
  code: 'too_large', path: [],
  message: `is a record larger than ${CSV_LIMITS.maxRowChars / (1024 * 1024)} Mi characters or with more than ${CSV_LIMITS.maxFields} fields`,
};

/**
 * Creates a reader for CSV: a header row naming the columns (see planCsvColumns), then one
 * screening per row, numbered by the line it starts on. A header that does not fit the ruleset is
 * one fatal record at line 1, since it would make every row wrong. A row with the wrong number of
 * fields, or that breaks the CSV grammar, is `invalid_shape` or `invalid_format` at the root; a row
 * over CSV_LIMITS is `too_large`, not held in memory, and the rows after it are read as usual.
 */
export function createCsvReader(screener: Screener): BatchReader {
  const decoder = new StringDecoder('utf8');
  const parser = createCsvParser();
  let columns: readonly CsvColumn[] | undefined;
  let refAt = -1;
  let stopped = false;

  const read = (rows: readonly CsvRow[]): BatchRecord[] => {
    const records: BatchRecord[] = [];
    for (const row of rows) {
      if (stopped) break;
      if (columns === undefined) {
        const planned = planCsvColumns(row.fields, screener.ruleset);
        if (planned.success && row.problem === undefined) {
          columns = planned.data;
          refAt = columns.findIndex((column) => column.kind === 'ref');
          continue;
        }
        stopped = true;
        const issues = planned.success ? [] : planned.issues;
        records.push({ kind: 'unreadable', line: row.line, ref: undefined, issues: [...problemIssues(row), ...issues], fatal: true });
        break;
      }
      records.push(readRow(columns, refAt, row));
    }
    return records;
  };

  return {
    push: (chunk) => (stopped ? [] : read(parser.push(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))))),
    end: () => (stopped ? [] : read([...parser.push(decoder.end()), ...parser.end()])),
  };
}

/** A row as a screening; its ref is given only when the row has the header's shape, so that a misplaced cell is never taken for one. */
function readRow(columns: readonly CsvColumn[], refAt: number, row: CsvRow): BatchRecord {
  const shape = problemIssues(row);
  if (shape.length === 0 && row.fields.length !== columns.length) {
    shape.push({ code: 'invalid_shape', path: [], message: `has ${row.fields.length} fields where the header has ${columns.length}` });
  }
  if (shape.length > 0) return { kind: 'unreadable', line: row.line, ref: undefined, issues: shape, fatal: false };
  const cell = row.fields[refAt];
  const ref = cell === undefined || cell === '' ? undefined : cell;
  const screening = readCsvRow(columns, row.fields);
  return screening.success
    ? { kind: 'screening', line: row.line, ref, screening: screening.data }
    : { kind: 'unreadable', line: row.line, ref, issues: screening.issues, fatal: false };
}

function problemIssues(row: CsvRow): Issue[] {
  if (row.problem === undefined) return [];
  return row.problem === 'too_large' ? [TOO_LARGE] : [{ code: 'invalid_format', path: [], message: PROBLEMS[row.problem] }];
}
