import { assertNever } from '../../../assert-never.js';
import { fail, succeed, type Safe } from '../../../issues/safe.js';
import { ASSOCIATION_PREFIXES } from '../../../schema/association.js';
import type { Issue } from '../../../schema/issue.js';
import type { CsvColumn } from './plan-csv-columns.js';

const INTEGER = /^-?\d{1,15}$/;
const REPLACEMENT = '\uFFFD';

/**
 * Builds a screening from one CSV row: an empty cell is left out (an unanswered indicator, an
 * unknown fact); a whole number becomes a number; `true`/`false` (any case, as spreadsheets write
 * them) in an attr: or context: column become booleans; the `associations` cell is a list of `REF` or
 * `REF:ROLE` separated by `;`, each of the kind its ref's prefix names. Any other text is passed on as
 * written, so the screening's own checks report it at its path. A cell that was not UTF-8 is `invalid_format`.
 */
export function readCsvRow(columns: readonly CsvColumn[], cells: readonly string[]): Safe<unknown> {
  const attributes: Record<string, unknown> = {};
  const subject: Record<string, unknown> = { attributes };
  const answers: Record<string, unknown> = {};
  const context: Record<string, unknown> = {};
  const screening: Record<string, unknown> = { subject, answers, context };
  const details = new Map<string, Record<string, unknown>>();
  const judgement: Record<string, unknown> = {};
  const issues: Issue[] = [];
  columns.forEach((column, c) => {
    const cell = cells[c] ?? '';
    if (cell === '') return;
    if (cell.includes(REPLACEMENT)) {
      issues.push({ code: 'invalid_format', path: pathOf(column), message: 'is not UTF-8 text' });
      return;
    }
    switch (column.kind) {
      case 'ref':
        screening.ref = cell;
        return;
      case 'age-years':
        subject.ageYears = numberOr(cell);
        return;
      case 'date-of-birth':
        subject.dateOfBirth = cell;
        return;
      case 'assessed-on':
        screening.assessedOn = cell;
        return;
      case 'associations':
        screening.associations = cell.split(';').map(readAssociation);
        return;
      case 'answer':
        answers[column.indicator] = numberOr(cell);
        return;
      case 'attribute':
        attributes[column.attribute] = booleanOr(cell);
        return;
      case 'context':
        context[column.fact] = booleanOr(cell);
        return;
      case 'answer-detail': {
        const detail = details.get(column.indicator) ?? {};
        detail[column.field] = column.field === 'window' && cell.includes(';') ? cell.split(';').map((window) => window.trim()) : cell;
        details.set(column.indicator, detail);
        return;
      }
      case 'judgement':
        if (column.field === 'agreedBy.role' || column.field === 'agreedBy.name') {
          const agreedBy = (judgement.agreedBy ?? {}) as Record<string, unknown>;
          agreedBy[column.field === 'agreedBy.role' ? 'role' : 'name'] = cell;
          judgement.agreedBy = agreedBy;
        } else judgement[column.field] = cell;
        return;
      default:
        return assertNever(column);
    }
  });
  // An answer with details becomes { value, window, evidence, basis }; details without an answer are
  // passed on as written, so the screening's own checks report them at their path.
  for (const [indicator, detail] of details) answers[indicator] = { value: answers[indicator], ...detail };
  if (Object.keys(judgement).length > 0) screening.judgement = judgement;
  return issues.length > 0 ? fail(issues) : succeed(screening);
}

/** Where a column's value goes in the screening, for issues found before it is screened. */
function pathOf(column: CsvColumn): (string | number)[] {
  switch (column.kind) {
    case 'ref':
      return ['ref'];
    case 'age-years':
      return ['subject', 'ageYears'];
    case 'date-of-birth':
      return ['subject', 'dateOfBirth'];
    case 'assessed-on':
      return ['assessedOn'];
    case 'associations':
      return ['associations'];
    case 'answer':
      return ['answers', column.indicator];
    case 'attribute':
      return ['subject', 'attributes', column.attribute];
    case 'context':
      return ['context', column.fact];
    case 'answer-detail':
      return ['answers', column.indicator, column.field];
    case 'judgement':
      return ['judgement', ...column.field.split('.')];
    default:
      return assertNever(column);
  }
}

/** The kind each ref prefix names (`veh-` a vehicle), as ASSOCIATION_PREFIXES gives them. */
const KIND_OF_PREFIX: ReadonlyMap<string, string> = new Map(Object.entries(ASSOCIATION_PREFIXES).map(([kind, prefix]) => [prefix, kind]));

/** One association of the cell: the ref with its kind from its prefix, and the role after a colon when given. An unknown prefix leaves the kind out, for the screening's checks to report. */
function readAssociation(entry: string): Record<string, string> {
  const trimmed = entry.trim();
  const colon = trimmed.indexOf(':');
  const ref = colon < 0 ? trimmed : trimmed.slice(0, colon);
  const role = colon < 0 ? undefined : trimmed.slice(colon + 1);
  const kind = KIND_OF_PREFIX.get(ref.slice(0, ref.indexOf('-')));
  return { ...(kind === undefined ? {} : { kind }), ref, ...(role === undefined ? {} : { role }) };
}

function numberOr(cell: string): number | string {
  return INTEGER.test(cell) ? Number(cell) : cell;
}

function booleanOr(cell: string): boolean | string {
  const lower = cell.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : cell;
}
