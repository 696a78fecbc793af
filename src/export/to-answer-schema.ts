import type { Ruleset } from '../schema/ruleset.js';
import { buildScreeningSchema, type JsonSchemaDocument } from './forms/build-screening-schema.js';

export type { JsonSchemaDocument } from './forms/build-screening-schema.js';

/**
 * The JSON Schema (draft 2020-12) of a screening for one ruleset, for Ajv and for any system that
 * sends screenings: it accepts every shape the ruleset's screener accepts. Each indicator takes a bare
 * option (`{ type, const, title }`, in domain order, titled with its question and described by its
 * guidance) or a value with details (time windows the indicator offers, basis, evidence); the declared
 * subject attributes and context facts are booleans; the judgement takes a level, a rationale and who
 * agreed it. No custom keywords, no `$ref`, no `default`. What JSON Schema cannot compare is left to
 * the screener: a date of birth after `assessedOn`, or an age that disagrees with the date of birth.
 * For a rendered form use `toFormSchema`, which never lets a renderer pre-select an answer.
 * @example
 * const ajv = new Ajv2020({ strict: true });
 * addFormats(ajv);
 * const validate = ajv.compile(toAnswerSchema(screener.ruleset));
 */
export function toAnswerSchema(ruleset: Ruleset): JsonSchemaDocument {
  return buildScreeningSchema(ruleset, { answers: 'any', options: 'enum', inner: 'required' });
}
