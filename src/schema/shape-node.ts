/**
 * A schema described as plain data, for reading input without zod: what scripts/emit-shape.ts writes from a
 * zod schema at build time (src/generated/), and src/screening/parse-shape.ts reads. Only what the
 * screening schema uses is described; the emitter refuses anything else at build time.
 */
export type ShapeNode =
  | { readonly type: 'string'; readonly checks: readonly ShapeCheck[] }
  | { readonly type: 'number'; readonly checks: readonly ShapeCheck[] }
  | { readonly type: 'boolean' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'array'; readonly element: ShapeNode; readonly checks: readonly ShapeCheck[] }
  | { readonly type: 'union'; readonly options: readonly ShapeNode[] }
  /** A record keyed by any string. */
  | { readonly type: 'record'; readonly value: ShapeNode }
  /** An object: its members in order, and whether other keys are refused (strict) or kept as they are (loose). */
  | { readonly type: 'object'; readonly members: readonly ShapeMember[]; readonly others: 'refuse' | 'keep' }
  /** A value that may be left out: undefined is taken as it is. */
  | { readonly type: 'optional'; readonly inner: ShapeNode }
  /** A value that may be left out: undefined is replaced by (a shallow copy of) the fallback. */
  | { readonly type: 'default'; readonly inner: ShapeNode; readonly fallback: unknown };

/** One member of an object. */
export interface ShapeMember {
  readonly key: string;
  readonly node: ShapeNode;
}

/** A check run on a value once its type is right (lengths also on other values that have a length, as zod runs them). */
export type ShapeCheck =
  /** Length in code points for a string, in items for a list. */
  | { readonly check: 'min_length'; readonly bound: number }
  | { readonly check: 'max_length'; readonly bound: number }
  /** A pattern the whole string must match; `format` names it in the issue ("regex", "date"). */
  | { readonly check: 'pattern'; readonly format: string; readonly pattern: RegExp }
  /** A whole number within the safe integer range. */
  | { readonly check: 'safe_integer' }
  | { readonly check: 'minimum'; readonly bound: number; readonly inclusive: boolean }
  | { readonly check: 'maximum'; readonly bound: number; readonly inclusive: boolean };
