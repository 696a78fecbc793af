/**
 * A schema described as plain data, for reading input without zod: what scripts/emit-shape.ts writes from a
 * zod schema at build time (src/generated/), and src/schema/parse-shape.ts reads. Only what the
 * screening and ruleset schemas use is described; the emitter refuses anything else at build time. A
 * schema that contains itself (a condition's conditions) is described with a getter that names it.
 */
export type ShapeNode =
  | { readonly type: 'string'; readonly checks: readonly ShapeCheck[] }
  | { readonly type: 'number'; readonly checks: readonly ShapeCheck[] }
  | { readonly type: 'boolean' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  /** One of a few exact values (strings, numbers, booleans or null). */
  | { readonly type: 'literal'; readonly values: readonly unknown[] }
  | { readonly type: 'array'; readonly element: ShapeNode; readonly checks: readonly ShapeCheck[] }
  | { readonly type: 'union'; readonly options: readonly ShapeNode[] }
  /** An object whose member `key` says which option it is: each value that member may take, with its option. */
  | { readonly type: 'discriminated'; readonly key: string; readonly options: readonly (readonly [unknown, ShapeNode])[] }
  /** A value that may also be null. */
  | { readonly type: 'nullable'; readonly inner: ShapeNode }
  /** A record: its keys any string, or those `keys` takes (another key is refused as a key of the wrong form). */
  | { readonly type: 'record'; readonly keys?: ShapeNode; readonly value: ShapeNode }
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
  /** A web address: trimmed, with "http://" or "https://", that the platform's URL parser reads, of a protocol the pattern takes. */
  | { readonly check: 'url'; readonly protocol: RegExp }
  /** A whole number within the safe integer range. */
  | { readonly check: 'safe_integer' }
  | { readonly check: 'minimum'; readonly bound: number; readonly inclusive: boolean }
  | { readonly check: 'maximum'; readonly bound: number; readonly inclusive: boolean };
