import type * as z from 'zod/mini';
import { countNode, DECLINE, keysOf, UnsupportedSchema, type KindedReader, type ReadContext } from './reader-parts.js';
import { deriveLeafTest, passesChecks, type AnySchema } from './zod-leaf.js';
import type { checksOf } from './zod-leaf.js';

type Checks = ReturnType<typeof checksOf>;
type Derive<C extends ReadContext> = (schema: AnySchema) => KindedReader<C>;

/** One member of an object's shape: how to read it, and what an absent member gives. */
interface Member<C extends ReadContext> {
  readonly key: string;
  readonly reader: KindedReader<C>;
  readonly absent: 'decline' | 'omit' | { readonly defaultOf: z.core.$ZodDefaultDef };
}

function memberOf<C extends ReadContext>(key: string, schema: AnySchema, derive: Derive<C>): Member<C> {
  const def = schema._zod.def as z.core.$ZodTypes['_zod']['def'];
  if (def.type === 'optional') return { key, reader: derive(def.innerType), absent: 'omit' };
  if (def.type === 'default') return { key, reader: derive(def.innerType), absent: { defaultOf: def } };
  return { key, reader: derive(schema), absent: 'decline' };
}

/**
 * An object (strict, loose or stripping): each member read once, the output built in shape order as zod
 * builds it. Any key outside the shape is declined (zod would refuse, keep or drop it: never sure enough),
 * and so is a member whose value is undefined.
 */
export function deriveObjectReader<C extends ReadContext>(def: z.core.$ZodObjectDef, checks: Checks, derive: Derive<C>): KindedReader<C> {
  const members = Object.entries(def.shape).map(([key, schema]) => memberOf(key, schema, derive));
  const where = new Map(members.map((member, index) => [member.key, index]));
  return { kinds: ['object'], read: (value, context) => {
    countNode(context);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw DECLINE;
    const raw: unknown[] = [];
    for (let index = 0; index < members.length; index++) raw.push(undefined);
    const record = value as Record<string, unknown>;
    for (const key of keysOf(value)) {
      const index = where.get(key);
      if (index === undefined) throw DECLINE;
      const member = record[key];
      if (member === undefined) throw DECLINE;
      raw[index] = member;
    }
    const out: Record<string, unknown> = {};
    for (let index = 0; index < members.length; index++) {
      const member = members[index] as Member<C>;
      const given = raw[index];
      if (given !== undefined) out[member.key] = member.reader.read(given, context);
      else if (member.absent === 'decline') throw DECLINE;
      else if (member.absent !== 'omit') out[member.key] = member.absent.defaultOf.defaultValue;
    }
    if (!passesChecks(checks, out)) throw DECLINE;
    return out;
  } };
}

/** Called with each entry a record reader has read: it may decline, or note what it needs. */
export type EntryVisitor<C extends ReadContext> = (key: string, value: unknown, context: C) => void;

/**
 * A record: keys in input order, each key run through the key schema and each value read once. A
 * visitor, when given, sees each entry as it is read (so a caller can check and index it in the same walk).
 */
export function deriveRecordReader<C extends ReadContext>(def: z.core.$ZodRecordDef, checks: Checks, derive: Derive<C>, visit?: EntryVisitor<C>): KindedReader<C> {
  const keyType = def.keyType;
  if (keyType._zod.def.type !== 'string') throw new UnsupportedSchema('a record with keys other than strings');
  const keyPasses = deriveLeafTest(keyType);
  const valueReader = derive(def.valueType);
  return { kinds: ['object'], read: (value, context) => {
    countNode(context);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw DECLINE;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of keysOf(value)) {
      if (!keyPasses(key)) throw DECLINE;
      const member = record[key];
      if (member === undefined) throw DECLINE;
      const read = valueReader.read(member, context);
      visit?.(key, read, context);
      out[key] = read;
    }
    if (!passesChecks(checks, out)) throw DECLINE;
    return out;
  } };
}
