import { fail, succeed, type Safe } from '../../../issues/safe.js';
import type { Issue } from '../../../schema/issue.js';
import type { Ruleset } from '../../../schema/ruleset.js';

/** What one CSV column holds, read from its header against the ruleset. */
export type CsvColumn =
  | { readonly kind: 'ref' }
  | { readonly kind: 'age-years' }
  | { readonly kind: 'date-of-birth' }
  | { readonly kind: 'assessed-on' }
  | { readonly kind: 'answer'; readonly indicator: string }
  | { readonly kind: 'attribute'; readonly attribute: string }
  | { readonly kind: 'context'; readonly fact: string };

const FIXED: ReadonlyMap<string, CsvColumn> = new Map<string, CsvColumn>([
  ['ref', { kind: 'ref' }],
  ['ageYears', { kind: 'age-years' }],
  ['dateOfBirth', { kind: 'date-of-birth' }],
  ['assessedOn', { kind: 'assessed-on' }],
]);

/**
 * Reads a CSV header against the ruleset: `ref`, `ageYears`, `dateOfBirth`, `assessedOn`, an
 * indicator id, `attr:ID` for a subject attribute or `context:ID` for a context fact. Every column
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
      ?? (name.startsWith('context:') && facts.has(name.slice(8)) ? { kind: 'context', fact: name.slice(8) } : undefined);
    if (column === undefined) issues.push({ code: 'unknown_key', path: [name], message: unknownMessage(name) });
    else columns.push(column);
  }
  return issues.length > 0 ? fail(issues) : succeed(columns);
}

function unknownMessage(name: string): string {
  if (name.startsWith('attr:')) return 'is not a subject attribute of this ruleset';
  if (name.startsWith('context:')) return 'is not a context fact of this ruleset';
  return 'is not a column this ruleset reads: ref, ageYears, dateOfBirth, assessedOn, an indicator id, attr:ID or context:ID';
}
