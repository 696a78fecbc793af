import type { Indicator } from '../schema/indicator.js';
import type { Ruleset } from '../schema/ruleset.js';
import { domainGroups } from './fhir/domain-groups.js';

/** A react-jsonschema-form uiSchema, as plain data: `ui:` options by property, nested like the schema. */
export type RjsfUiSchema = { readonly [key: string]: unknown };

/**
 * The react-jsonschema-form uiSchema that goes with `toFormSchema(ruleset, 'rjsf')`: radio widgets for
 * every indicator, fact, basis and judged level, check boxes for time windows, the question as the
 * legend of each answer's group and the guidance below it, text areas for evidence and rationale, and `ui:order` at every level so that the checklist
 * keeps the ruleset's domain order (RJSF has no groups; the order is the grouping). The ruleset stamp
 * is hidden: the app sets it, the practitioner does not.
 * @example
 * <Form schema={toFormSchema(ruleset, 'rjsf')} uiSchema={toRjsfUiSchema(ruleset)} validator={customizeValidator({ AjvClass: Ajv2020 })} />
 */
export function toRjsfUiSchema(ruleset: Ruleset): RjsfUiSchema {
  const indicators = domainGroups(ruleset).flatMap((group) => group.indicators);
  const radios = (ids: readonly string[]): Record<string, unknown> =>
    ({ 'ui:order': ids, ...Object.fromEntries(ids.map((id) => [id, { 'ui:widget': 'radio', 'ui:options': { inline: true } }])) });
  return {
    'ui:order': ['subject', 'assessedOn', 'answers', 'context', 'judgement', 'ref', 'ruleset'],
    subject: {
      'ui:order': ['ageYears', 'dateOfBirth', 'attributes'],
      attributes: radios(ruleset.attributes.map((fact) => fact.id)),
    },
    answers: {
      'ui:order': indicators.map((indicator) => indicator.id),
      ...Object.fromEntries(indicators.map((indicator) => [indicator.id, answerUi(indicator)])),
    },
    context: radios(ruleset.contextFacts.map((fact) => fact.id)),
    judgement: {
      'ui:order': ['level', 'rationale', 'by', 'agreedBy'],
      level: { 'ui:widget': 'radio' },
      rationale: { 'ui:widget': 'textarea' },
      agreedBy: {
        'ui:order': ['role', 'name'],
        ...(ruleset.policy.judgement.agreementRoles.length > 0 ? { role: { 'ui:widget': 'radio' } } : {}),
      },
    },
    ruleset: { 'ui:order': ['id', 'version'], id: { 'ui:widget': 'hidden' }, version: { 'ui:widget': 'hidden' } },
  };
}

function answerUi(indicator: Indicator): Record<string, unknown> {
  const windowed = indicator.answer.kind === 'presence' && indicator.answer.windows.length > 0;
  return {
    'ui:order': windowed ? ['value', 'window', 'basis', 'evidence'] : ['value', 'basis', 'evidence'],
    // The question is the group's legend and the guidance the answer's description: the radios need no second label.
    value: { 'ui:widget': 'radio', 'ui:title': 'Answer', 'ui:options': { inline: true } },
    ...(windowed ? { window: { 'ui:widget': 'checkboxes', 'ui:options': { inline: true } } } : {}),
    basis: { 'ui:widget': 'radio', 'ui:options': { inline: true } },
    evidence: { 'ui:widget': 'textarea' },
  };
}
