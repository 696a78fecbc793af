import type { Issue } from '../../../schema/issue.js';

/**
 * One record of a batch, read but not yet screened: a screening to score, or the issues that stop
 * it being read. `line` is where it starts in the input (1-based); `ref` is the caller's own
 * reference when the record could be read far enough to find one. A `fatal` record ends the batch:
 * nothing after it can be read (a CSV header that names an unknown column).
 */
export type BatchRecord =
  | {
    readonly kind: 'screening'; readonly line: number; readonly ref: string | undefined; readonly screening: unknown;
    /** What was read but is worth saying (a key given twice in one object: only the last is used), paths only. */
    readonly warnings?: readonly Issue[];
  }
  | { readonly kind: 'unreadable'; readonly line: number; readonly ref: string | undefined; readonly issues: readonly Issue[]; readonly fatal: boolean };

/** Turns the bytes of a batch, chunk by chunk, into records in input order. */
export interface BatchReader {
  /** Reads the next chunk and returns the records it completes. */
  push(chunk: Uint8Array): readonly BatchRecord[];
  /** Ends the input and returns the records still open. */
  end(): readonly BatchRecord[];
}
