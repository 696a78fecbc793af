import { formatPath, type PathSegment } from '../../../issues/format-path.js';

const DETAIL_FIELDS: ReadonlySet<PathSegment> = new Set(['window', 'evidence', 'basis']);

/**
 * The column an issue is in, named as assess --batch reads CSV (see planCsvColumns): `ageYears`,
 * `attr:ID`, `context:ID`, an indicator id, `window:ID`, `evidence:ID`, `basis:ID`, `judgement.*`,
 * `associations`. A path that no column holds (the whole record, or a member CSV has no column for)
 * is written as its path. Only keys, never a value.
 */
export function csvColumnOf(path: readonly PathSegment[]): string {
  const [head, second, third] = path;
  if (head === 'ref' || head === 'assessedOn' || head === 'associations') return head;
  if (head === 'subject' && (second === 'ageYears' || second === 'dateOfBirth')) return second;
  if (head === 'subject' && second === 'attributes' && typeof third === 'string') return `attr:${third}`;
  if (head === 'context' && typeof second === 'string') return `context:${second}`;
  if (head === 'answers' && typeof second === 'string') return typeof third === 'string' && DETAIL_FIELDS.has(third) ? `${third}:${second}` : second;
  if (head === 'judgement') {
    const field = path.slice(1).filter((segment): segment is string => typeof segment === 'string').join('.');
    if (['level', 'rationale', 'by', 'agreedBy.role', 'agreedBy.name'].includes(field)) return `judgement.${field}`;
  }
  return formatPath(path);
}
