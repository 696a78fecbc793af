import type * as z from 'zod/mini';

/** A zod/mini schema, read through its definition. */
export type AnySchema = z.core.$ZodType;

/** A check of a schema (length, range, pattern...), run through zod's own implementation. */
type Check = z.core.$ZodCheck<never>;

/** Whether a raw value passes a schema: derived once from the schema, run on every value. */
export type LeafTest = (value: unknown) => boolean;

/** The context every leaf is parsed in: forward and synchronous, as `z.safeParse` parses. */
const LEAF_CONTEXT: z.core.ParseContextInternal = Object.freeze({ async: false });

/** The checks a schema carries in its definition (lengths, ranges, patterns, metadata). */
export function checksOf(schema: AnySchema): readonly Check[] {
  return schema._zod.def.checks ?? [];
}

/**
 * Whether zod's own checks pass for a value already of the right type. Each check runs through zod's
 * implementation, so lengths, ranges and patterns mean exactly what they mean in zod. The payload is
 * dropped afterwards: no input value is kept.
 */
export function passesChecks(checks: readonly Check[], value: unknown): boolean {
  if (checks.length === 0) return true;
  // One payload serves every call: zod's checks run no caller code, so no call can start inside another.
  PAYLOAD.value = value;
  try {
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when !== undefined && !when(PAYLOAD)) continue;
      if (check._zod.check(PAYLOAD as z.core.ParsePayload<never>) instanceof Promise || PAYLOAD.issues.length > 0) return false;
    }
    return true;
  } finally {
    PAYLOAD.value = undefined;
    PAYLOAD.issues.length = 0;
  }
}

const PAYLOAD: z.core.ParsePayload = { value: undefined, issues: [] };
const LEAF_PAYLOAD: z.core.ParsePayload = { value: undefined, issues: [] };

/**
 * The test of a primitive schema (string, number, boolean with its format and checks), made of zod's own
 * parts: the schema's type parse, then its checks, the schema itself first where it is a format check
 * (as zod runs them). So the fast path restates no format, and a value passes exactly when zod says so.
 */
export function deriveLeafTest(schema: AnySchema): LeafTest {
  const checks: readonly Check[] = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...checksOf(schema)] : checksOf(schema);
  return (value) => {
    // One payload serves every call: a primitive's parse runs no caller code, so no call can start inside another.
    LEAF_PAYLOAD.value = value;
    try {
      const parsed = schema._zod.parse(LEAF_PAYLOAD, LEAF_CONTEXT);
      if (parsed instanceof Promise || parsed.issues.length > 0 || parsed.value !== value) return false;
    } finally {
      LEAF_PAYLOAD.value = undefined;
      LEAF_PAYLOAD.issues.length = 0;
    }
    return passesChecks(checks, value);
  };
}
