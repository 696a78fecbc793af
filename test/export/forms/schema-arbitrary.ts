import fc from 'fast-check';

type Schema = { readonly [keyword: string]: unknown };

/** Keywords that only describe or constrain: the generator reads them where it can, Ajv checks them afterwards. */
const KNOWN = new Set([
  '$schema', 'title', 'description', 'additionalProperties', 'required', 'if', 'then', 'format', 'pattern', 'minimum', 'maximum',
  'minLength', 'maxLength', 'type', 'properties', 'oneOf', 'const', 'enum', 'items', 'minItems', 'maxItems', 'uniqueItems',
  'dependentRequired', 'dependentSchemas', 'minProperties',
]);

/**
 * Values drawn from the options a JSON Schema offers: each `oneOf` branch, consts and enums, booleans,
 * integers within their bounds, dates, short texts, lists, and objects with every required and any
 * optional property. It reads only the keywords the screening schemas write and throws on any other,
 * so a new keyword is noticed. Cross-field rules (`if`/`then`, `dependentSchemas`) and patterns are left to the validator.
 */
export function schemaArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const unknown = Object.keys(schema).filter((keyword) => !KNOWN.has(keyword));
  if (unknown.length > 0) throw new Error(`schemaArbitrary cannot read ${unknown.join(', ')}`);
  if (Array.isArray(schema['oneOf'])) return fc.oneof(...(schema['oneOf'] as Schema[]).map((branch) => schemaArbitrary(branch)));
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
  switch (Array.isArray(schema['type']) ? undefined : schema['type']) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema['minimum'] as number | undefined) ?? -5, max: (schema['maximum'] as number | undefined) ?? 100 });
    case 'string':
      return schema['format'] === 'date'
        ? fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))
        : typeof schema['pattern'] === 'string'
          ? fc.stringMatching(new RegExp(schema['pattern'], 'u'), { size: 'xsmall' })
          : fc.string({ minLength: (schema['minLength'] as number | undefined) ?? 0, maxLength: 40, unit: 'grapheme' });
    case 'array':
      return schema['uniqueItems'] === true
        ? fc.uniqueArray(schemaArbitrary(schema['items'] as Schema), { minLength: (schema['minItems'] as number | undefined) ?? 0, maxLength: 4, selector: (item) => JSON.stringify(item) })
        : fc.array(schemaArbitrary(schema['items'] as Schema), { minLength: (schema['minItems'] as number | undefined) ?? 0, maxLength: 4 });
    case 'object': {
      const properties = (schema['properties'] ?? {}) as Record<string, Schema | true>;
      // An object written with dependentRequired (the RJSF form schema) draws the members the others depend on, as `required` would.
      const dependent = Object.values((schema['dependentRequired'] ?? {}) as Record<string, string[]>).flat();
      const required = (schema['required'] ?? [...new Set(dependent)]) as string[];
      const shape = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, child === true ? fc.constant(null) : schemaArbitrary(child)]));
      return fc.record(shape, { requiredKeys: required });
    }
    default:
      throw new Error('schemaArbitrary met a schema with no type it can draw from');
  }
}
