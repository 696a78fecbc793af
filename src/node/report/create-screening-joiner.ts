import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { Issue } from '../../schema/issue.js';
import { ReportedScreeningSchema, type ReportedScreening } from './caseload-record.js';
import type { NdjsonRecord } from './read-ndjson-records.js';
import { duplicateTouches, refuseDuplicateKeys } from './refuse-duplicate-keys.js';
import { appendIssues } from '../../issues/append-issues.js';

/** The screening of a result's line (empty without --screenings), and whether its line gave a key twice. */
export interface JoinedScreening {
  readonly screening: ReportedScreening;
  readonly keyGivenTwice: boolean;
}

/** The members of a screening the report reads: a key given twice in one of them refuses the line. */
const READ_FROM_SCREENINGS: ReadonlySet<string> = new Set(['ref', 'assessedOn', 'subject', 'associations']);

const MAX_WARNINGS = 20;

/**
 * Joins results to the screenings they came from, line by line, reading the screenings only as far as
 * each result's line (results come in line order). A line that is missing, unreadable, not a valid
 * screening member, or that gives a key twice where the report reads (ref, assessedOn, subject,
 * associations) fails with issues at `screenings[line]`. A key given twice elsewhere is added to
 * `warnings` (at most 20 listed) and the screening marked `keyGivenTwice`. Paths only, never a value.
 */
export function createScreeningJoiner(screenings: AsyncGenerator<NdjsonRecord> | undefined, warnings: Issue[]): (line: number) => Promise<Safe<JoinedScreening>> {
  let pending: NdjsonRecord | undefined;
  return async (line) => {
    if (screenings === undefined) return succeed({ screening: {}, keyGivenTwice: false });
    while (pending === undefined || (pending.kind === 'value' && pending.line < line)) {
      const next = await screenings.next();
      if (next.done === true) return fail([{ code: 'missing_key', path: ['screenings', line], message: 'the screenings file has no record for this result\'s line' }]);
      pending = next.value;
    }
    if (pending.kind === 'unreadable') return fail(pending.issues.map((issue) => ({ ...issue, path: ['screenings', pending?.line ?? 0, ...issue.path] })));
    if (pending.line !== line) return fail([{ code: 'missing_key', path: ['screenings', line], message: 'the screenings file has no record for this result\'s line' }]);
    if (pending.warnings !== undefined) {
      if (duplicateTouches(pending.warnings, READ_FROM_SCREENINGS)) {
        return fail(refuseDuplicateKeys(pending.warnings, ['screenings', line]));
      }
      if (warnings.length < MAX_WARNINGS) appendIssues(warnings, pending.warnings, ['screenings', line]);
    }
    const parsed = ReportedScreeningSchema.safeParse(pending.value);
    if (!parsed.success) {
      return fail(parsed.error.issues.slice(0, 5).map((issue) => ({ code: 'invalid_shape', path: ['screenings', line, ...issue.path.map(pathSegment)], message: 'is not a valid screening member (age, dates or associations)' })));
    }
    return succeed({ screening: parsed.data, keyGivenTwice: pending.warnings !== undefined });
  };
}

function pathSegment(segment: PropertyKey): string | number {
  return typeof segment === 'number' ? segment : String(segment);
}
