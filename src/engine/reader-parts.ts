/* The parts every derived reader shares: its context, declining, and reading keys as guardInput does. */
import { FORBIDDEN_KEYS, INPUT_LIMITS } from '../issues/guard-input.js';

/** What a reader counts as it goes: every value it reads, as `guardInput` counts them. */
export interface ReadContext {
  nodes: number;
}

/** Reads a raw value into the form zod would give it, or throws {@link DECLINE} when not sure. */
export type Reader<C extends ReadContext = ReadContext> = (value: unknown, context: C) => unknown;

/** The kind of JavaScript value a reader takes: a union picks its one option by it. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'object' | 'array';

/** A reader and the kinds of value it takes (it checks the kind itself). */
export interface KindedReader<C extends ReadContext = ReadContext> {
  readonly kinds: readonly ValueKind[];
  readonly read: Reader<C>;
}

/** Thrown by a reader that is not sure; caught by whoever started the read. Carries nothing from the input. */
export class Declined extends Error {
  override readonly name = 'Declined';
}
/** The one instance thrown, made once (so declining costs no stack trace). */
export const DECLINE = new Declined('declined');

/** Thrown while deriving a reader from a schema that uses something the reader does not model. */
export class UnsupportedSchema extends Error {
  override readonly name = 'UnsupportedSchema';
}

/** The kind of a raw value, or undefined for null, undefined, functions and the like. */
export function kindOf(value: unknown): ValueKind | undefined {
  switch (typeof value) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'object': return value === null ? undefined : Array.isArray(value) ? 'array' : 'object';
    default: return undefined;
  }
}

/** Counts one value read, and declines once the input holds more values than `guardInput` allows. */
export function countNode(context: ReadContext, more = 1): void {
  context.nodes += more;
  if (context.nodes > INPUT_LIMITS.maxNodes) throw DECLINE;
}

/** Reads the own enumerable keys of an object, refusing (declining) the keys `guardInput` refuses. */
export function keysOf(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > INPUT_LIMITS.maxNodes) throw DECLINE;
  for (const key of keys) if (FORBIDDEN_KEYS.has(key)) throw DECLINE;
  return keys;
}

