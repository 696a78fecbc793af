import type { Issue } from '../schema/issue.js';

/** The outcome of a safe call: the data, or at least one issue. Never both. */
export type Safe<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

/** Wraps data as a successful outcome. */
export function succeed<T>(data: T): Safe<T> {
  return { success: true, data };
}

/** Wraps issues as a failed outcome. Calling it with no issues is a programming error. */
export function fail(issues: readonly Issue[]): Safe<never> {
  const [first, ...rest] = issues;
  if (first === undefined) throw new TypeError('fail() needs at least one issue');
  return { success: false, issues: [first, ...rest] };
}

/** Wraps issues as a failed outcome, or, when there are none, the data. */
export function failOr<T>(issues: readonly Issue[], data: () => T): Safe<T> {
  return issues.length > 0 ? fail(issues) : succeed(data());
}
