import { escapeUnprintable } from '../../issues/escape-unprintable.js';
import type { CaseloadSummary } from '../../schema/caseload-summary.js';
import { reportTables } from './report-tables.js';

/**
 * The caseload report's figures as one CSV in long form (RFC 4180, CRLF): a header, then one row per
 * cell of every table, `section,table,row,column,value`, where `row` is the table's first cell.
 */
export function renderReportCsv(summary: CaseloadSummary): string {
  return [...reportCsvChunks(summary)].join('');
}

/** {@link renderReportCsv} a row at a time, each ending in CRLF: written as it comes, the CSV is never held whole. */
export function* reportCsvChunks(summary: CaseloadSummary): Generator<string> {
  yield csvRow(['section', 'table', 'row', 'column', 'value']);
  for (const section of reportTables(summary)) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        for (let i = 1; i < row.length; i++) yield csvRow([section.id, table.id, row[0] ?? '', table.head[i] ?? '', row[i] ?? '']);
        if (row.length === 1) yield csvRow([section.id, table.id, row[0] ?? '', table.head[0] ?? '', row[0] ?? '']);
      }
    }
  }
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * Quotes a cell when it must be, defuses a leading = + - @ so that a spreadsheet never runs it as a formula,
 * and writes every control byte (and bidirectional control) as a `\uXXXX` escape: only the CRLF that ends a row is raw.
 */
function csvCell(value: string): string {
  const safe = escapeUnprintable(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
