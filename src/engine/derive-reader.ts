import type * as z from 'zod/mini';
import { deriveObjectReader, deriveRecordReader } from './derive-container-reader.js';
import { countNode, DECLINE, kindOf, UnsupportedSchema, type KindedReader, type ReadContext, type ValueKind } from './reader-parts.js';
import { INPUT_LIMITS } from '../issues/guard-input.js';
import { checksOf, deriveLeafTest, passesChecks, type AnySchema } from './zod-leaf.js';

/** Readers to use in place of deriving one, by schema: where a caller reads a part its own way. */
export type ReaderOverrides<C extends ReadContext> = ReadonlyMap<AnySchema, KindedReader<C>>;

/**
 * Derives a reader from a zod/mini schema: the same strings, numbers, enums, objects, records, arrays and
 * unions, read once from the raw input, the output built as zod builds it. Anything zod would refuse, and
 * anything unusual (an extra key, an undefined value), is declined. Formats are never restated: each
 * string, number and boolean runs through its own schema, and lengths through zod's own checks. Throws
 * {@link UnsupportedSchema}, when deriving, for a schema it does not model.
 */
export function deriveReader<C extends ReadContext>(schema: AnySchema, overrides: ReaderOverrides<C> = new Map()): KindedReader<C> {
  const override = overrides.get(schema);
  if (override !== undefined) return override;
  const def = schema._zod.def as z.core.$ZodTypes['_zod']['def'];
  const checks = checksOf(schema);
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean': {
      const kind = def.type;
      if ('coerce' in def && def.coerce === true) throw new UnsupportedSchema('a coercing schema');
      const passes = deriveLeafTest(schema);
      return { kinds: [kind], read: (value, context) => {
        countNode(context);
        if (typeof value !== kind || !passes(value)) throw DECLINE;
        return value;
      } };
    }
    case 'enum': {
      const values = new Set<unknown>(Object.values(def.entries));
      if ([...values].some((value) => typeof value !== 'string')) throw new UnsupportedSchema('an enum of other than strings');
      return { kinds: ['string'], read: (value, context) => {
        countNode(context);
        if (!values.has(value) || !passesChecks(checks, value)) throw DECLINE;
        return value;
      } };
    }
    case 'array': {
      const element = deriveReader(def.element, overrides);
      return { kinds: ['array'], read: (value, context) => {
        countNode(context);
        if (!Array.isArray(value)) throw DECLINE;
        const items: readonly unknown[] = value;
        const length = items.length;
        if (length > INPUT_LIMITS.maxNodes) throw DECLINE;
        const out: unknown[] = [];
        for (let index = 0; index < length; index++) out.push(element.read(items[index], context));
        if (!passesChecks(checks, out)) throw DECLINE;
        return out;
      } };
    }
    case 'union': return deriveUnionReader(def.options.map((option) => deriveReader(option, overrides)), checks);
    case 'record': return deriveRecordReader(def, checks, (child) => deriveReader(child, overrides));
    case 'object': return deriveObjectReader(def, checks, (child) => deriveReader(child, overrides));
    default: throw new UnsupportedSchema(`a ${def.type} schema`);
  }
}

/** A union whose options take different kinds of value, so that at most one can accept any value: zod's first success. */
function deriveUnionReader<C extends ReadContext>(options: readonly KindedReader<C>[], checks: ReturnType<typeof checksOf>): KindedReader<C> {
  const byKind = new Map<ValueKind, KindedReader<C>>();
  for (const option of options) {
    for (const kind of option.kinds) {
      if (byKind.has(kind)) throw new UnsupportedSchema('a union with two options that take one kind of value');
      byKind.set(kind, option);
    }
  }
  return { kinds: [...byKind.keys()], read: (value, context) => {
    const kind = kindOf(value);
    const option = kind === undefined ? undefined : byKind.get(kind);
    if (option === undefined) throw DECLINE;
    const out = option.read(value, context);
    if (!passesChecks(checks, out)) throw DECLINE;
    return out;
  } };
}
