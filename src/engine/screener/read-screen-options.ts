import { fail, succeed, type Safe } from '../../issues/safe.js';
import type { Issue } from '../../schema/issue.js';
import type { ScreenOptions } from '../result/score-screening.js';

const DETAILS: ReadonlySet<unknown> = new Set(['full', 'ids', 'decision']);
const NO_OPTIONS: ScreenOptions = Object.freeze({});

/**
 * Reads the options of a screening once, as plain values: a caller in plain JavaScript may pass anything.
 * A detail the library does not know is refused (a typo must not quietly give another form of result), and
 * options that cannot be read (a getter or proxy that throws) are refused too, so that `safeScreen` never
 * throws. Issues about the options have paths that start with `options`.
 */
export function readScreenOptions(options: unknown): Safe<ScreenOptions> {
  if (options === undefined) return succeed(NO_OPTIONS);
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      return fail([{ code: 'invalid_type', path: ['options'], message: 'must be an object, such as { detail: "ids" }' }]);
    }
    const { includeFreeText, detail } = options as Record<string, unknown>;
    const issues: Issue[] = [];
    if (includeFreeText !== undefined && typeof includeFreeText !== 'boolean') {
      issues.push({ code: 'invalid_type', path: ['options', 'includeFreeText'], message: 'must be true or false' });
    }
    if (detail !== undefined && !DETAILS.has(detail)) {
      issues.push({ code: 'invalid_value', path: ['options', 'detail'], message: 'must be one of "full", "ids", "decision"' });
    }
    if (issues.length > 0) return fail(issues);
    return succeed({
      ...(includeFreeText === undefined ? {} : { includeFreeText: includeFreeText as boolean }),
      ...(detail === undefined ? {} : { detail: detail as NonNullable<ScreenOptions['detail']> }),
    });
  } catch {
    // The thrown value is never looked at: it could carry anything.
    return fail([{ code: 'unreadable_input', path: ['options'], message: 'could not be read: a getter or proxy threw; give plain data' }]);
  }
}
