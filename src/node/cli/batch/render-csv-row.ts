import type { Screener } from '../../../engine/screener/compile-ruleset.js';
import { escapeUnprintable } from '../../../issues/escape-unprintable.js';
import type { Issue } from '../../../schema/issue.js';
import type { BatchRecord } from './batch-reader.js';
import { csvColumnOf } from './csv-column-of.js';
import type { ScreenedRecord } from './screen-batch-record.js';

/** The header row of `assess --batch --output csv`. */
export const CSV_HEADER = 'line,ref,level,computed_level,potential_level,steps,error_codes,error_columns,warning_codes,suggested_census_factors\r\n';

/**
 * Screens one record (decision detail) and renders it as a CSV row for a spreadsheet: the input line, the
 * caller's ref, the level, computed level and potential level ids, the step ids in pathway order (space
 * separated), for a record not scored its issue codes and, for each issue, the column it is in with its code
 * (`ageYears out_of_range; window:older-partner invalid_value`, columns as CSV input names them), and the warning codes (the result's, such as
 * insufficient_information or incomplete, and the reading's, such as duplicate_key), and the census factor codes the
 * answers suggest for the social worker to consider (never recorded as findings). Every field is quoted; a ref that a spreadsheet
 * would read as a formula (=, +, -, @, tab, return) is prefixed with an apostrophe, and unprintable
 * characters are written as `\uXXXX`. No answer or free text is ever written.
 */
export function renderCsvRow(screener: Screener, record: BatchRecord): ScreenedRecord {
  const head = `${record.line},${field(record.ref)}`;
  if (record.kind === 'unreadable') return { text: `${head},,,,,${errors(record.issues)},,\r\n`, scored: false };
  const read = record.warnings ?? [];
  const result = screener.safeScreen(record.screening, { detail: 'decision' });
  if (!result.success) return { text: `${head},,,,,${errors(result.issues)},${field(codes(read))},\r\n`, scored: false };
  const { level, computedLevel, potentialLevel, steps, warnings, suggestedFactors } = result.data;
  // The warnings go with the level: a lowest level with insufficient_information must not read as no concern.
  const warningCodes = codes([...read, ...warnings.map((code) => ({ code }))]);
  const factors = field((suggestedFactors ?? []).join(' '));
  return { text: `${head},${field(level)},${field(computedLevel)},${field(potentialLevel)},${field(steps.join(' '))},,,${field(warningCodes)},${factors}\r\n`, scored: true };
}

/** The error_codes and error_columns fields of a record not scored. */
function errors(issues: readonly Issue[]): string {
  const columns = [...new Set(issues.map((issue) => `${csvColumnOf(issue.path)} ${issue.code}`))].join('; ');
  return `${field(codes(issues))},${field(columns)}`;
}

function codes(issues: readonly { readonly code: string }[]): string {
  return [...new Set(issues.map((issue) => issue.code))].join(' ');
}

function field(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  const safe = escapeUnprintable(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return `"${safe.replaceAll('"', '""')}"`;
}
