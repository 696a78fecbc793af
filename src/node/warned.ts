import type { Issue } from '../schema/issue.js';

/**
 * An outcome that may carry warnings beside its data: things worth saying that do not stop the work,
 * such as a key that appears twice in a JSON file (`duplicate_key`).
 */
export type Warned<T> = T & { readonly warnings?: readonly Issue[] };

/** The outcome with these warnings added, or as it is when there are none. */
export function withWarnings<T extends object>(outcome: T, warnings: readonly Issue[] | undefined): Warned<T> {
  return warnings === undefined || warnings.length === 0 ? outcome : { ...outcome, warnings };
}
