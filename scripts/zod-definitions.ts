/**
 * Reading zod/mini schema definitions at build time, shared by the emitters (scripts/emit-reader.ts and
 * scripts/emit-shape.ts): the checks a schema runs, its registered id, and how an emitter refuses a part
 * it does not model.
 */
import * as z from 'zod/mini';

export type AnySchema = z.core.$ZodType;
export type Def = z.core.$ZodTypes['_zod']['def'];
export type CheckDef = z.core.$ZodCheckDef & Record<string, unknown>;

/** Thrown while emitting, for a schema that uses something the emitter does not model. */
export class UnsupportedSchema extends Error {
  override readonly name = 'UnsupportedSchema';
}

/** Refuses a part of a schema: `emitter` names which emitter does not model it. */
export function unsupportedBy(emitter: string): (what: string) => never {
  return (what) => { throw new UnsupportedSchema(`the ${emitter} emitter does not model ${what}`); };
}

/** The checks a schema runs: the schema itself first where it is a format check (as zod runs it), then those it carries. */
export function checksOf(schema: AnySchema): CheckDef[] {
  const own = (schema._zod.def.checks ?? []).map((check) => check._zod.def as CheckDef);
  return schema._zod.traits.has('$ZodCheck') ? [schema._zod.def as unknown as CheckDef, ...own] : own;
}

/** Whether a check only carries metadata (an id, a description) and tests nothing. */
export function isMetadata(check: CheckDef): boolean {
  return check.check === 'meta' || check.check === 'describe';
}

/** A bound as a finite number, or undefined. */
export function finiteBound(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The id a schema is registered under in zod's global registry, where it can name a function or constant. */
export function registeredId(schema: AnySchema): string | undefined {
  const id = z.globalRegistry.get(schema)?.id;
  return typeof id === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(id) ? id : undefined;
}
