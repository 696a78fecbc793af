import { fail, succeed, type Safe } from '../../../issues/safe.js';
import type { Issue } from '../../../schema/issue.js';
import type { Ruleset } from '../../../schema/ruleset.js';

/** What one CSV column holds, read from its header against the ruleset. */
export type CsvColumn =
  | { readonly kind: 'ref' }
  | { readonly kind: 'age-years' }
  | { readonly kind: 'date-of-birth' }
  | { readonly kind: 'assessed-on' }
  | { readonly kind: 'associations' }
  | { readonly kind: 'answer'; readonly indicator: string }
  | { readonly kind: 'attribute'; readonly attribute: string }
  | { readonly kind: 'context'; readonly fact: string }
  | { readonly kind: 'answer-detail'; readonly indicator: string; readonly field: 'window' | 'evidence' | 'basis' }
  | { readonly kind: 'judgement'; readonly field: 'level' | 'rationale' | 'by' | 'agreedBy.role' | 'agreedBy.name' };

const DETAIL_FIELDS = ['window', 'evidence', 'basis'] as const;

const FIXED: ReadonlyMap<string, CsvColumn> = new Map<string, CsvColumn>([
  ['ref', { kind: 'ref' }],
  ['ageYears', { kind: 'age-years' }],
  ['dateOfBirth', { kind: 'date-of-birth' }],
  ['assessedOn', { kind: 'assessed-on' }],
  ['associations', { kind: 'associations' }],
  ['judgement.level', { kind: 'judgement', field: 'level' }],
  ['judgement.rationale', { kind: 'judgement', field: 'rationale' }],
  ['judgement.by', { kind: 'judgement', field: 'by' }],
  ['judgement.agreedBy.role', { kind: 'judgement', field: 'agreedBy.role' }],
  ['judgement.agreedBy.name', { kind: 'judgement', field: 'agreedBy.name' }],
]);

/**
 * Reads a CSV header against the ruleset: `ref`, `ageYears`, `dateOfBirth`, `assessedOn`, an
 * indicator id, `attr:ID` for a subject attribute, `context:ID` for a context fact, `window:ID`,
 * `evidence:ID` and `basis:ID` for an answer's details (several windows separated by `;`), and
 * `judgement.level`, `judgement.rationale`, `judgement.by`, `judgement.agreedBy.role`,
 * `judgement.agreedBy.name` for the practitioner's judgement, and `associations` (pseudonymous refs,
 * `REF` or `REF:ROLE`, separated by `;`). Every column
 * that is none of these is an `unknown_key` issue and every repeat a `duplicate_id`, each at the
 * column's name (a key, as in any other path), never a cell value.
 */
export function planCsvColumns(header: readonly string[], ruleset: Ruleset): Safe<readonly CsvColumn[]> {
  const indicators = new Set(ruleset.indicators.map((indicator) => indicator.id));
  const attributes = new Set(ruleset.attributes.map((attribute) => attribute.id));
  const facts = new Set(ruleset.contextFacts.map((fact) => fact.id));
  const columns: CsvColumn[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) issues.push({ code: 'duplicate_id', path: [name], message: 'names a column that appears more than once in the header' });
    seen.add(name);
    const column = FIXED.get(name)
      ?? (indicators.has(name) ? { kind: 'answer', indicator: name } : undefined)
      ?? (name.startsWith('attr:') && attributes.has(name.slice(5)) ? { kind: 'attribute', attribute: name.slice(5) } : undefined)
      ?? (name.startsWith('context:') && facts.has(name.slice(8)) ? { kind: 'context', fact: name.slice(8) } : undefined)
      ?? detailColumn(name, indicators);
    if (column === undefined) issues.push({ code: 'unknown_key', path: [name], message: unknownMessage(name) });
    else columns.push(column);
  }
  return issues.length > 0 ? fail(issues) : succeed(columns);
}

function detailColumn(name: string, indicators: ReadonlySet<string>): CsvColumn | undefined {
  const colon = name.indexOf(':');
  const field = DETAIL_FIELDS.find((entry) => entry === name.slice(0, colon));
  const indicator = name.slice(colon + 1);
  return colon > 0 && field !== undefined && indicators.has(indicator) ? { kind: 'answer-detail', indicator, field } : undefined;
}

function unknownMessage(name: string): string {
  if (name.startsWith('attr:')) return 'is not a subject attribute of this ruleset';
  if (name.startsWith('context:')) return 'is not a context fact of this ruleset';
  return 'is not a column this ruleset reads: ref, ageYears, dateOfBirth, assessedOn, an indicator id, attr:ID, context:ID, window:ID, evidence:ID, basis:ID, judgement.* or associations';
}
