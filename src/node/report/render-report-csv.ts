import { escapeUnprintable } from '../../issues/escape-unprintable.js';
import type { CaseloadSummary } from '../../schema/caseload-summary.js';
import { reportTables } from './report-tables.js';

/**
 * The caseload report's figures as one CSV in long form (RFC 4180, CRLF): a header, then one row per
 * cell of every table, `section,table,row,column,value`, where `row` is the table's first cell.
 */
export function renderReportCsv(summary: CaseloadSummary): string {
  const rows: string[][] = [['section', 'table', 'row', 'column', 'value']];
  for (const section of reportTables(summary)) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        row.slice(1).forEach((cell, i) => rows.push([section.id, table.id, row[0] ?? '', table.head[i + 1] ?? '', cell]));
        if (row.length === 1) rows.push([section.id, table.id, row[0] ?? '', table.head[0] ?? '', row[0] ?? '']);
      }
    }
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Quotes a cell when it must be, defuses a leading = + - @ so that a spreadsheet never runs it as a formula,
 * and writes every control byte (and bidirectional control) as a `\uXXXX` escape: only the CRLF that ends a row is raw.
 */
function csvCell(value: string): string {
  const safe = escapeUnprintable(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
