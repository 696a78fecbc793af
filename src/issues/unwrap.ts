import type { Safe } from './safe.js';
import { CseError } from './cse-error.js';

/** Returns the data of a successful outcome, or throws a CseError with its issues. */
export function unwrap<T>(outcome: Safe<T>): T {
  if (outcome.success) return outcome.data;
  throw new CseError(outcome.issues);
}
