import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { emitReader, UnsupportedSchema } from '../../scripts/emit-reader.js';
import { IdSchema } from '../../src/schema/id.js';
import { passesId } from '../../src/generated/read-screening-shape.js';

const emit = (schema: z.core.$ZodType, known: z.core.$ZodType[] = []): string =>
  emitReader({ schema, functionName: 'readThing', outputType: { name: 'Thing', from: './thing.js' }, visited: [], known, command: 'a test' });

describe('the reader emitter (scripts/emit-reader.ts)', () => {
  test('fails at build time on anything it does not model, rather than emit a reader that could take what zod refuses', () => {
    const unmodelled: [string, z.core.$ZodType][] = [
      ['a refinement', z.string().check(z.refine((value) => value.length > 2))],
      ['a coercing number', z.coerce.number()],
      ['an email format', z.email()],
      ['a union of two string options', z.union([z.string(), z.enum(['a'])])],
      ['a record with checked keys', z.record(IdSchema, z.string())],
      ['a literal', z.literal('x')],
      ['a nullable', z.nullable(z.string())],
      ['a global pattern', z.string().check(z.regex(/a/g))],
      ['a multiple-of check', z.number().check(z.multipleOf(2))],
      ['known values on a number', z.number()],
      ['an object that drops other keys', z.object({ a: z.string() })],
    ];
    for (const [what, schema] of unmodelled) {
      expect(() => emit(what === 'known values on a number' ? z.object({ n: schema }) : schema, what === 'known values on a number' ? [schema] : []), what).toThrow(UnsupportedSchema);
    }
  });

  test('takes every bound and pattern from the schema: a changed bound changes the emitted reader', () => {
    expect(emit(z.string().check(z.maxLength(7)))).toContain('> 7');
    expect(emit(z.string().check(z.maxLength(9)))).toContain('> 9');
    expect(emit(z.int().check(z.minimum(3)))).toContain('>= 3');
    expect(emit(z.string().check(z.regex(/^q+$/)))).toContain('/^q+$/');
  });

  test('the exported id test agrees with the id schema', () => {
    for (const value of ['missing-from-home', 'a', 'A', 'a--b', '-a', 'a'.repeat(80), 'a'.repeat(81), '', 7, null, 'lé']) {
      expect(passesId(value), String(value)).toBe(z.safeParse(IdSchema, value).success);
    }
  });
});
