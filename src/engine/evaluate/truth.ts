/**
 * Three-valued truth (Kleene): a condition over unanswered items or unknown facts is neither true
 * nor false. Unknown is never read as no.
 */
export const FALSE = 0;
/** Definitely true. */
export const TRUE = 1;
/** Depends on something not yet known. */
export const UNKNOWN = 2;

/** A three-valued truth value. */
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** Where a count stands: `known` items definitely match, `open` more might. */
export function countTruth(known: number, open: number, min: number, max: number): Truth {
  if (known >= min && known + open <= max) return TRUE;
  if (known + open < min || known > max) return FALSE;
  return UNKNOWN;
}
