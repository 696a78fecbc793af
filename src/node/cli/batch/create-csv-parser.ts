import { assertNever } from '../../../assert-never.js';
import { MAX_JSON_BYTES } from '../../json-size-limit.js';

/**
 * Why a CSV row is not well formed (RFC 4180), its text kept as written; or `too_large`: the row is over
 * a limit, and its fields were dropped as they arrived.
 */
export type CsvProblem = 'quote_in_unquoted_field' | 'text_after_closing_quote' | 'unclosed_quote' | 'too_large';

/** Limits on one CSV record, so that one runaway row or field cannot exhaust memory (NDJSON lines have the same cap). */
export interface CsvLimits {
  /** The most characters a row's fields may hold in all. */
  readonly maxRowChars: number;
  /** The most fields a row may have. */
  readonly maxFields: number;
}

/** The limits the batch reader uses. */
export const CSV_LIMITS: CsvLimits = { maxRowChars: MAX_JSON_BYTES, maxFields: 10_000 };

/** One CSV record: its fields, the physical line it starts on (1-based), and what is wrong with it, if anything. */
export interface CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
  readonly problem?: CsvProblem;
}

/** A CSV parser fed text in chunks of any size, split anywhere. */
export interface CsvParser {
  /** Parses the next piece of text and returns the rows it completes. */
  push(text: string): readonly CsvRow[];
  /** Ends the input and returns the last row, if one is open. */
  end(): readonly CsvRow[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

type State = 'field-start' | 'unquoted' | 'quoted' | 'quote-in-quoted';

/**
 * Creates an RFC 4180 parser that works chunk by chunk: quoted fields, `""` for a quote inside one,
 * CRLF, LF or a lone CR between records, and line breaks inside quoted fields. Blank lines are
 * skipped (they still count for line numbers) and a leading byte order mark is dropped. A row that
 * breaks the grammar is returned with a `problem` instead of being guessed at. A row over `limits`
 * is not held in memory: its fields are dropped as they arrive, and it is returned with no fields and
 * the problem `too_large`, by the line it starts on; the rows after it are read as usual.
 * @example
 * const parser = createCsvParser();
 * const rows = [...parser.push('ref,age\n"a,1"'), ...parser.end()]; // [{ fields: ['ref', 'age'], line: 1 }, { fields: ['a,1'], line: 2 }]
 */
export function createCsvParser(limits: CsvLimits = CSV_LIMITS): CsvParser {
  let state: State = 'field-start';
  let fields: string[] = [];
  let field = '';
  let held = 0;
  let problem: CsvProblem | undefined;
  let line = 1;
  let rowLine = 1;
  let atStart = true;
  let skipLf = false;

  /** Keeps text of the current field, unless the row is over its limits: then everything held is dropped. */
  const append = (text: string): void => {
    if (problem === 'too_large') return;
    held += text.length;
    if (held > limits.maxRowChars) overflow();
    else field += text;
  };
  const overflow = (): void => {
    problem = 'too_large';
    fields = [];
    field = '';
  };
  const endField = (): void => {
    if (problem !== 'too_large') {
      if (fields.length >= limits.maxFields) overflow();
      else fields.push(field);
    }
    field = '';
    state = 'field-start';
  };
  const endRow = (rows: CsvRow[]): void => {
    rows.push(problem === undefined ? { fields, line: rowLine } : { fields, line: rowLine, problem });
    fields = [];
    held = 0;
    problem = undefined;
  };
  /**
   * A line break outside quotes at `i` (LF, CR or CRLF): ends the row, or skips a blank line, and
   * returns the index of the break's last character. A CR at the end of a chunk may pair with an LF
   * at the start of the next.
   */
  const lineBreak = (rows: CsvRow[], text: string, i: number): number => {
    if (state !== 'field-start' || fields.length > 0) {
      endField();
      endRow(rows);
    }
    line++;
    rowLine = line;
    if (text.charCodeAt(i) !== CR) return i;
    if (i + 1 === text.length) skipLf = true;
    return text.charCodeAt(i + 1) === LF ? i + 1 : i;
  };

  return {
    push(text: string): readonly CsvRow[] {
      const rows: CsvRow[] = [];
      let i = 0;
      if (atStart && text.length > 0) {
        atStart = false;
        if (text.charCodeAt(0) === BOM) i = 1;
      }
      if (skipLf && i < text.length) {
        skipLf = false;
        if (text.charCodeAt(i) === LF) i++;
      }
      let from = i;
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        switch (state) {
          case 'field-start':
            if (code === QUOTE) {
              state = 'quoted';
              from = i + 1;
            } else if (code === COMMA) {
              endField();
            } else if (code === LF || code === CR) {
              i = lineBreak(rows, text, i);
            } else {
              state = 'unquoted';
              from = i;
            }
            break;
          case 'unquoted':
            if (code === COMMA) {
              append(text.slice(from, i));
              endField();
            } else if (code === LF || code === CR) {
              append(text.slice(from, i));
              i = lineBreak(rows, text, i);
            } else if (code === QUOTE && problem === undefined) {
              problem = 'quote_in_unquoted_field';
            }
            break;
          case 'quoted':
            if (code === QUOTE) {
              append(text.slice(from, i));
              state = 'quote-in-quoted';
            } else if (code === LF) {
              line++;
            }
            break;
          case 'quote-in-quoted':
            if (code === QUOTE) {
              append('"');
              state = 'quoted';
              from = i + 1;
            } else if (code === COMMA) {
              endField();
            } else if (code === LF || code === CR) {
              i = lineBreak(rows, text, i);
            } else {
              if (problem === undefined) problem = 'text_after_closing_quote';
              state = 'unquoted';
              from = i;
            }
            break;
          default:
            return assertNever(state);
        }
      }
      if (state === 'unquoted' || state === 'quoted') append(text.slice(from));
      return rows;
    },

    end(): readonly CsvRow[] {
      const rows: CsvRow[] = [];
      if (state === 'quoted' && problem === undefined) problem = 'unclosed_quote';
      if (state !== 'field-start' || fields.length > 0) {
        endField();
        endRow(rows);
      }
      return rows;
    },
  };
}
