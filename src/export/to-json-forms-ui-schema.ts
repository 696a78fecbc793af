import type { Indicator } from '../schema/indicator.js';
import type { Ruleset } from '../schema/ruleset.js';
import { domainGroups } from './fhir/domain-groups.js';

/** Renderer options of a JSON Forms control. */
export interface JsonFormsControlOptions {
  /** Show the oneOf options as radio buttons. */
  readonly format?: 'radio';
  /** A text area rather than a line. */
  readonly multi?: boolean;
  /** How the material renderers' date picker shows and reads a date (dayjs tokens); the data stays YYYY-MM-DD. */
  readonly dateFormat?: string;
  /**
   * Always true: the guidance shows whether or not the control has focus. Both renderer sets otherwise show a
   * description only on focus, and the page then shifts as focus moves, under a person's click: a click on
   * the next question's option, pressed as the description above it closes, lands nowhere.
   */
  readonly showUnfocusedDescription?: true;
  /** How the date is saved in the data: always `YYYY-MM-DD`. */
  readonly dateSaveFormat?: 'YYYY-MM-DD';
}

/** Settings of the JSON Forms UI schema. */
export interface JsonFormsUiSchemaOptions {
  /**
   * The order in which the material renderers' date picker shows and reads a date, in dayjs tokens:
   * `'DD/MM/YYYY'` (the default: day first, as in the UK) or, say, `'MM/DD/YYYY'`. The vanilla renderers
   * draw the browser's own date field, whose order follows the browser's language.
   */
  readonly dateFormat?: string;
}

/** A JSON Forms rule: show a control only while another field's value matches a schema. */
export interface JsonFormsShowRule {
  /** Always "SHOW": the control is hidden otherwise. */
  readonly effect: 'SHOW';
  /** The field and the values that show the control; an unanswered field hides it. */
  readonly condition: {
    /** The JSON pointer of the field the rule reads. */
    readonly scope: string;
    /** What shows the control: the answers yes or possible, or for a scored indicator any score above zero. */
    readonly schema: { readonly enum: readonly (string | number)[] } | { readonly type: 'number'; readonly exclusiveMinimum: 0 };
    /** Always true: while the field is unanswered, the control is hidden. */
    readonly failWhenUndefined: true;
  };
}

/** A JSON Forms control: one field bound to a property of the form schema. */
export interface JsonFormsControl {
  /** Always "Control". */
  readonly type: 'Control';
  /** The JSON pointer of the property, such as `#/properties/answers/properties/missing-from-home/properties/value`. */
  readonly scope: string;
  /** Renderer options: radio buttons for a short scale, several lines for free text. */
  readonly options?: JsonFormsControlOptions;
  /** When the control is shown: the details of an answer show once it is answered yes or possible (a score above zero). */
  readonly rule?: JsonFormsShowRule;
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
 * The JSON Forms UI schema that goes with `toFormSchema(ruleset, 'json-forms')`: a vertical layout of
 * groups, first the child, then one group per domain with a radio control per indicator, followed by
 * its time windows, basis and evidence, shown only once the indicator is answered yes or possible (or
 * scores above zero);
 * then the case and the professional judgement with who agreed it. Domain grouping lives here, not
 * in custom schema keywords. Dates show day first (`settings.dateFormat`) in the material renderers' picker.
 * With the vanilla renderers, register a radio renderer whose ids are unique (docs/forms.md): the vanilla
 * radio group gives every option the id of its value, so a label's click answers the first question.
 * @example
 * <JsonForms schema={toFormSchema(ruleset, 'json-forms')} uischema={toJsonFormsUiSchema(ruleset)} ajv={new Ajv2020({ verbose: true })} … />
 */
export function toJsonFormsUiSchema(ruleset: Ruleset, settings: JsonFormsUiSchemaOptions = {}): JsonFormsLayout {
  const dates: JsonFormsControlOptions = { dateFormat: settings.dateFormat ?? 'DD/MM/YYYY', dateSaveFormat: 'YYYY-MM-DD' };
  const group = (label: string, elements: JsonFormsControl[]): JsonFormsGroup[] =>
    (elements.length === 0 ? [] : [{ type: 'Group', label, elements }]);
  return {
    type: 'VerticalLayout',
    elements: [
      ...group('The child', [
        control('#/properties/subject/properties/ageYears'),
        control('#/properties/subject/properties/dateOfBirth', dates),
        control('#/properties/assessedOn', dates),
        ...ruleset.attributes.map((fact) => control(`#/properties/subject/properties/attributes/properties/${fact.id}`, { format: 'radio' })),
      ]),
      ...domainGroups(ruleset).flatMap(({ domain, indicators }) => group(domain.label, indicators.flatMap(indicatorControls))),
      ...group('About the case', ruleset.contextFacts.map((fact) => control(`#/properties/context/properties/${fact.id}`, { format: 'radio' }))),
      ...group('Professional judgement', [
        control('#/properties/judgement/properties/level', { format: 'radio' }),
        control('#/properties/judgement/properties/rationale', { multi: true }),
        control('#/properties/judgement/properties/by'),
        control('#/properties/judgement/properties/agreedBy/properties/role', ruleset.policy.judgement.agreementRoles.length > 0 ? { format: 'radio' } : undefined),
        control('#/properties/judgement/properties/agreedBy/properties/name'),
      ]),
    ],
  };
}

/**
 * The controls of one indicator: its answer, then its details, shown only when it is answered yes or
 * possible, or for a scored indicator when it scores above zero (a score never matches yes or possible).
 */
function indicatorControls(indicator: Indicator): JsonFormsControl[] {
  const base = `#/properties/answers/properties/${indicator.id}/properties`;
  const shows: JsonFormsShowRule['condition']['schema'] = indicator.answer.kind === 'presence' ? { enum: ['yes', 'possible'] } : { type: 'number', exclusiveMinimum: 0 };
  const rule: JsonFormsShowRule = { effect: 'SHOW', condition: { scope: `${base}/value`, schema: shows, failWhenUndefined: true } };
  const details = (name: string, options?: JsonFormsControlOptions): JsonFormsControl => ({ ...control(`${base}/${name}`, options), rule });
  return [
    control(`${base}/value`, { format: 'radio' }),
    ...(indicator.answer.kind === 'presence' && indicator.answer.windows.length > 0 ? [details('window')] : []),
    details('basis', { format: 'radio' }),
    details('evidence', { multi: true }),
  ];
}

function control(scope: string, options: JsonFormsControlOptions = {}): JsonFormsControl {
  return { type: 'Control', scope, options: { ...options, showUnfocusedDescription: true } };
}
