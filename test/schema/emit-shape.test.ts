import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { UnsupportedSchema } from '../../scripts/zod-definitions.js';
import { emitShape } from '../../scripts/emit-shape.js';
import { IdSchema } from '../../src/schema/id.js';

const emit = (schema: z.core.$ZodType): string => emitShape({ schema, constantName: 'THING', command: 'a test' });

describe('the shape emitter (scripts/emit-shape.ts)', () => {
  test('fails at build time on anything it does not model, rather than describe a schema that could take what zod refuses', () => {
    const unmodelled: [string, z.core.$ZodType][] = [
      ['a refinement', z.string().check(z.refine((value) => value.length > 2))],
      ['a coercing number', z.coerce.number()],
      ['an email format', z.email()],
      ['a web address with a hostname pattern', z.url({ hostname: /^a$/ })],
      ['a web address of any protocol', z.url()],
      ['a global pattern', z.string().check(z.regex(/a/g))],
      ['a multiple-of check', z.number().check(z.multipleOf(2))],
      ['an object that drops other keys', z.object({ a: z.string() })],
      ['an optional outside an object', z.array(z.optional(z.string()))],
      ['a check that aborts', z.string().check(z.maxLength(3, { abort: true }))],
      ['a recursive schema without a registered id', (() => {
        const node: z.ZodMiniObject = z.strictObject({ get children() { return z.array(node); } });
        return node;
      })()],
    ];
    for (const [what, schema] of unmodelled) expect(() => emit(schema), what).toThrow(UnsupportedSchema);
  });

  test('takes every bound, pattern and default from the schema: a changed bound changes the description', () => {
    expect(emit(z.string().check(z.maxLength(7)))).toContain('"bound":7');
    expect(emit(z.string().check(z.maxLength(9)))).toContain('"bound":9');
    expect(emit(z.int().check(z.minimum(3)))).toContain('"check":"minimum","bound":3');
    expect(emit(z.string().check(z.regex(/^q+$/)))).toContain('/^q+$/');
    expect(emit(z.strictObject({ a: z._default(z.array(IdSchema), ['x']) }))).toContain('fallback: ["x"]');
  });
});
