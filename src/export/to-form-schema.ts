import type { Ruleset } from '../schema/ruleset.js';
import { buildScreeningSchema, type JsonSchemaDocument } from './forms/build-screening-schema.js';

/** The form renderers the exports are written and tested for. */
export type FormRenderer = 'json-forms' | 'rjsf';

/**
 * The JSON Schema of a screening as a web form collects it, for JSON Forms (with `toJsonFormsUiSchema`)
 * or react-jsonschema-form (with `toRjsfUiSchema`). Every answer is a value with its details (time
 * windows, basis, evidence), so each question is one group; every option list carries a `type` and
 * titles, so both renderers draw radio buttons with the ruleset's labels; and nothing holds a `default`.
 * For RJSF the options are written as one-value enums, because RJSF's default form state turns a
 * `const` option into a pre-selected answer: an untouched form then submits no answers.
 * Every screening it accepts, `toAnswerSchema` and the screener accept too.
 * @example
 * <Form schema={toFormSchema(ruleset, 'rjsf')} uiSchema={toRjsfUiSchema(ruleset)} validator={customizeValidator({ AjvClass: Ajv2020 })} />
 */
export function toFormSchema(ruleset: Ruleset, renderer: FormRenderer): JsonSchemaDocument {
  return renderer === 'rjsf'
    ? buildScreeningSchema(ruleset, { answers: 'detailed', options: 'enum', inner: 'dependent' })
    : buildScreeningSchema(ruleset, { answers: 'detailed', options: 'const', inner: 'required' });
}
