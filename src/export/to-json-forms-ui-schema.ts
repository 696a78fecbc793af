import type { Ruleset } from '../schema/ruleset.js';
import { domainGroups } from './fhir/domain-groups.js';

/** Renderer options of a JSON Forms control. */
export interface JsonFormsControlOptions {
  /** Show the oneOf options as radio buttons. */
  readonly format?: 'radio';
  /** A text area rather than a line. */
  readonly multi?: boolean;
}

/** A JSON Forms control: one field bound to a property of the answer schema. */
export interface JsonFormsControl {
  /** Always "Control". */
  readonly type: 'Control';
  /** The JSON pointer of the property, such as `#/properties/answers/properties/missing-from-home`. */
  readonly scope: string;
  /** Renderer options: radio buttons for a short scale, several lines for free text. */
  readonly options?: JsonFormsControlOptions;
}

/** A JSON Forms group: a labelled box of controls, here one per checklist domain. */
export interface JsonFormsGroup {
  /** Always "Group". */
  readonly type: 'Group';
  /** The heading shown on the group. */
  readonly label: string;
  /** The controls in the group, in order. */
  readonly elements: readonly JsonFormsControl[];
}

/** The root of a JSON Forms UI schema: groups one under another. */
export interface JsonFormsLayout {
  /** Always "VerticalLayout". */
  readonly type: 'VerticalLayout';
  /** The groups, in order. */
  readonly elements: readonly JsonFormsGroup[];
}

/**
 * The JSON Forms UI schema that goes with `toAnswerSchema`: a vertical layout of groups, first the
 * child, then one group per domain with a radio control per indicator, then the case and the
 * professional judgement. Domain grouping lives here, not in custom schema keywords.
 * @example
 * <JsonForms schema={toAnswerSchema(ruleset)} uischema={toJsonFormsUiSchema(ruleset)} ajv={new Ajv2020({ verbose: true })} … />
 */
export function toJsonFormsUiSchema(ruleset: Ruleset): JsonFormsLayout {
  const group = (label: string, elements: JsonFormsControl[]): JsonFormsGroup[] =>
    (elements.length === 0 ? [] : [{ type: 'Group', label, elements }]);
  return {
    type: 'VerticalLayout',
    elements: [
      ...group('The child', [
        control('#/properties/subject/properties/ageYears'),
        control('#/properties/subject/properties/dateOfBirth'),
        control('#/properties/assessedOn'),
        ...ruleset.attributes.map((fact) => control(`#/properties/subject/properties/attributes/properties/${fact.id}`)),
      ]),
      ...domainGroups(ruleset).flatMap(({ domain, indicators }) => group(domain.label,
        indicators.map((indicator) => control(`#/properties/answers/properties/${indicator.id}`, { format: 'radio' })))),
      ...group('About the case', ruleset.contextFacts.map((fact) => control(`#/properties/context/properties/${fact.id}`))),
      ...group('Professional judgement', [
        control('#/properties/judgement/properties/level', { format: 'radio' }),
        control('#/properties/judgement/properties/rationale', { multi: true }),
        control('#/properties/judgement/properties/by'),
      ]),
    ],
  };
}

function control(scope: string, options?: JsonFormsControlOptions): JsonFormsControl {
  return options === undefined ? { type: 'Control', scope } : { type: 'Control', scope, options };
}
