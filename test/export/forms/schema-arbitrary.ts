import fc from 'fast-check';

type Schema = { readonly [keyword: string]: unknown };

/** Keywords that only describe or constrain across fields: the generator reads none of them, Ajv checks them afterwards. */
const IGNORED = new Set(['$schema', 'title', 'description', 'additionalProperties', 'required', 'not', 'if', 'then', 'format', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'type', 'properties', 'oneOf', 'const']);

/**
 * Values drawn from the options a JSON Schema offers: each `oneOf` const, booleans, integers within
 * their bounds, dates, short texts, and objects with every required and any optional property. It
 * reads only the keywords `toAnswerSchema` writes and throws on any other, so a new keyword is noticed.
 * Cross-field rules (`not`, `if`/`then`) are left to the validator.
 */
export function schemaArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const unknown = Object.keys(schema).filter((keyword) => !IGNORED.has(keyword));
  if (unknown.length > 0) throw new Error(`schemaArbitrary cannot read ${unknown.join(', ')}`);
  if (Array.isArray(schema['oneOf'])) return fc.constantFrom(...(schema['oneOf'] as Schema[]).map((branch) => branch['const']));
  if ('const' in schema) return fc.constant(schema['const']);
  switch (schema['type']) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema['minimum'] as number, max: schema['maximum'] as number });
    case 'string':
      return schema['format'] === 'date'
        ? fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))
        : fc.string({ minLength: (schema['minLength'] as number | undefined) ?? 0, maxLength: 40, unit: 'grapheme' });
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema | true>;
      const required = (schema['required'] ?? []) as string[];
      const shape = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, child === true ? fc.constant(null) : schemaArbitrary(child)]));
      return fc.record(shape, { requiredKeys: required });
    }
    default:
      throw new Error('schemaArbitrary met a schema with no type it can draw from');
  }
}
