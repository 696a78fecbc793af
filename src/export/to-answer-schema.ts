import * as z from 'zod/mini';
import type { Fact } from '../schema/named-item.js';
import type { Ruleset } from '../schema/ruleset.js';
import { answerChoices } from './fhir/answer-choices.js';
import { domainGroups } from './fhir/domain-groups.js';

/** A JSON Schema as plain, JSON-serialisable data. */
export type JsonSchemaDocument = { readonly [keyword: string]: unknown };

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Free-text limits, in code points, set at half the engine's limits in UTF-16 units so that any text
 * this schema accepts the engine accepts too, whatever characters it holds.
 */
const REF_MAX = 100;
const RATIONALE_MAX = 10_000;
const BY_MAX = 100;

/**
 * The JSON Schema (draft 2020-12) of a screening for one ruleset, for web forms (JSON Forms, RJSF)
 * and for Ajv: one `answers` property per indicator, in domain order, titled with its question, with
 * its guidance as description and its options as inline `oneOf: [{ const, title }]`; the declared
 * subject attributes and context facts as booleans; no custom keywords. Any screening it accepts is
 * accepted by the ruleset's screener, except a date of birth after `assessedOn`, which JSON Schema cannot compare.
 * @example
 * const ajv = new Ajv2020({ strict: true });
 * addFormats(ajv);
 * const validate = ajv.compile(toAnswerSchema(screener.ruleset));
 */
export function toAnswerSchema(ruleset: Ruleset): JsonSchemaDocument {
  const date = { type: 'string', format: 'date', pattern: z.regexes.date.source };
  const answers = Object.fromEntries(domainGroups(ruleset).flatMap((group) => group.indicators).map((indicator) => [indicator.id, {
    title: indicator.text,
    description: indicator.guidance,
    oneOf: answerChoices(indicator).map((choice) => ({ const: choice.value, title: choice.label })),
  }]));
  return {
    $schema: DRAFT_2020_12,
    title: `${ruleset.meta.title}: screening`,
    description: `A screening for ruleset ${ruleset.meta.id} ${ruleset.meta.version}. Leave an item out while it is unanswered; answer "unknown" when it is not known. Neither is ever read as "no".`,
    type: 'object',
    properties: {
      ruleset: {
        title: 'Ruleset',
        type: 'object',
        properties: { id: { const: ruleset.meta.id }, version: { const: ruleset.meta.version } },
        required: ['id'],
        additionalProperties: false,
      },
      ref: { title: 'Reference', description: 'A case reference of the calling system.', type: 'string', minLength: 1, maxLength: REF_MAX },
      assessedOn: { ...date, title: 'Date of assessment', description: 'Needed when a date of birth is given: the library reads no clock.' },
      subject: {
        title: 'The child',
        type: 'object',
        properties: {
          ageYears: { title: 'Age in years', type: 'integer', minimum: 0, maximum: 30 },
          dateOfBirth: { ...date, title: 'Date of birth', description: 'Give the age or the date of birth, not both; a date of birth needs the date of assessment.' },
          attributes: factsSchema('About the child', 'Leave a fact out when it is not known: it is then never read as false.', ruleset.attributes),
        },
        additionalProperties: false,
        not: { type: 'object', properties: { ageYears: true, dateOfBirth: true }, required: ['ageYears', 'dateOfBirth'] },
      },
      answers: { title: 'Checklist', type: 'object', properties: answers, additionalProperties: false },
      context: factsSchema('About the case', 'Leave a fact out when it is not known: it is then never read as false.', ruleset.contextFacts),
      judgement: {
        title: 'Professional judgement',
        type: 'object',
        properties: {
          level: { title: 'Level', oneOf: ruleset.levels.map((level) => ({ const: level.id, title: level.label })) },
          rationale: { title: 'Why', description: 'Required: a judgement must say why.', type: 'string', minLength: 1, maxLength: RATIONALE_MAX, pattern: '\\S' },
          by: { title: 'Judged by', type: 'string', minLength: 1, maxLength: BY_MAX },
        },
        required: ['level', 'rationale'],
        additionalProperties: false,
      },
    },
    required: ['subject', 'answers'],
    additionalProperties: false,
    if: { type: 'object', properties: { subject: { type: 'object', properties: { dateOfBirth: true }, required: ['dateOfBirth'] } }, required: ['subject'] },
    then: { type: 'object', properties: { assessedOn: true }, required: ['assessedOn'] },
  };
}

function factsSchema(title: string, description: string, facts: readonly Fact[]): JsonSchemaDocument {
  return {
    title,
    description,
    type: 'object',
    properties: Object.fromEntries(facts.map((fact) => [fact.id, {
      title: fact.label,
      ...(fact.description === undefined ? {} : { description: fact.description }),
      type: 'boolean',
    }])),
    additionalProperties: false,
  };
}
