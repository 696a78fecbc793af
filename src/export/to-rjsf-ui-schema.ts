import type { Ruleset } from '../schema/ruleset.js';
import { domainGroups } from './fhir/domain-groups.js';

/** A react-jsonschema-form uiSchema, as plain data: `ui:` options by property, nested like the schema. */
export type RjsfUiSchema = { readonly [key: string]: unknown };

/**
 * The react-jsonschema-form uiSchema that goes with `toAnswerSchema`: radio widgets for every
 * indicator and for the judged level, the guidance as help text, and `ui:order` at every level so
 * that the checklist keeps the ruleset's domain order (RJSF has no groups; the order is the grouping).
 * The ruleset stamp is hidden: the app sets it, the practitioner does not.
 * @example
 * <Form schema={toAnswerSchema(ruleset)} uiSchema={toRjsfUiSchema(ruleset)} validator={customizeValidator({ AjvClass: Ajv2020 })} />
 */
export function toRjsfUiSchema(ruleset: Ruleset): RjsfUiSchema {
  const indicators = domainGroups(ruleset).flatMap((group) => group.indicators);
  return {
    'ui:order': ['subject', 'assessedOn', 'answers', 'context', 'judgement', 'ref', 'ruleset'],
    subject: {
      'ui:order': ['ageYears', 'dateOfBirth', 'attributes'],
      attributes: { 'ui:order': ruleset.attributes.map((fact) => fact.id) },
    },
    answers: {
      'ui:order': indicators.map((indicator) => indicator.id),
      ...Object.fromEntries(indicators.map((indicator) => [indicator.id, {
        'ui:widget': 'radio',
        'ui:help': indicator.guidance,
        'ui:options': { inline: true },
      }])),
    },
    context: { 'ui:order': ruleset.contextFacts.map((fact) => fact.id) },
    judgement: {
      'ui:order': ['level', 'rationale', 'by'],
      level: { 'ui:widget': 'radio' },
      rationale: { 'ui:widget': 'textarea' },
    },
    ruleset: { 'ui:order': ['id', 'version'], id: { 'ui:widget': 'hidden' }, version: { 'ui:widget': 'hidden' } },
  };
}
