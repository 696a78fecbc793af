import { Actions, coreReducer, mapStateToControlProps, toDataPath, type ControlElement, type JsonFormsState, type JsonSchema, type UISchemaElement } from '@jsonforms/core';
import { describe, expect, test } from 'vitest';
import { answerChoices } from '../../../src/export/fhir/answer-choices.js';
import { LINK_IDS } from '../../../src/export/fhir/fhir-link-ids.js';
import type { FhirQuestionnaireItem } from '../../../src/export/fhir/fhir-types.js';
import { toFhirQuestionnaire } from '../../../src/export/to-fhir-questionnaire.js';
import { toFormSchema } from '../../../src/export/to-form-schema.js';
import { toJsonFormsUiSchema } from '../../../src/export/to-json-forms-ui-schema.js';
import { formScreeners, strictAjv } from './form-rulesets.js';

const scored = formScreeners().filter(([, screener]) => screener.ruleset.indicators.some((indicator) => indicator.answer.kind === 'ordinal'));

describe.each(scored)('JSON Forms on the scored indicators of %s', (_name, screener) => {
  const { ruleset } = screener;
  const uischema = toJsonFormsUiSchema(ruleset);
  const untouched = coreReducer(undefined, Actions.init({ subject: {}, answers: {} }, toFormSchema(ruleset, 'json-forms') as JsonSchema, uischema as UISchemaElement, { ajv: strictAjv({ verbose: true, allowUnionTypes: true }) }));
  const controls = uischema.elements.flatMap((group) => group.elements);
  const wrap = (core: typeof untouched): JsonFormsState => ({ jsonforms: { core, renderers: [], cells: [] } }) as unknown as JsonFormsState;

  test('basis and evidence show once a scored indicator scores above zero, and stay hidden at zero, unknown or unanswered', () => {
    const ordinals = ruleset.indicators.filter((indicator) => indicator.answer.kind === 'ordinal');
    expect(ordinals.length).toBeGreaterThan(0);
    for (const indicator of ordinals) {
      const base = `#/properties/answers/properties/${indicator.id}/properties`;
      const details = controls.filter((entry) => entry.scope.startsWith(`${base}/`) && !entry.scope.endsWith('/value'));
      expect(details.map((entry) => entry.scope.split('/').at(-1))).toEqual(['basis', 'evidence']);
      const visible = (core: typeof untouched): boolean[] => details.map((entry) => mapStateToControlProps(wrap(core), { uischema: entry as ControlElement, path: '' }).visible);
      expect(visible(untouched)).toEqual([false, false]);
      for (const choice of answerChoices(indicator)) {
        const answered = coreReducer(untouched, Actions.update(toDataPath(`${base}/value`), () => choice.value));
        const shown = typeof choice.value === 'number' && choice.value > 0;
        expect(visible(answered), `${indicator.id} answered ${String(choice.value)}`).toEqual([shown, shown]);
      }
    }
  });

  test('the FHIR Questionnaire enables a scored indicator\'s details for exactly the answers that show them in JSON Forms', () => {
    const items = (list: readonly FhirQuestionnaireItem[]): FhirQuestionnaireItem[] => list.flatMap((item) => [item, ...items(item.item ?? [])]);
    const all = items(toFhirQuestionnaire(ruleset).item);
    for (const indicator of ruleset.indicators.filter((entry) => entry.answer.kind === 'ordinal')) {
      const base = `#/properties/answers/properties/${indicator.id}/properties`;
      const evidence = controls.find((entry) => entry.scope === `${base}/evidence`) as ControlElement;
      const fhirEvidence = all.find((item) => item.linkId === LINK_IDS.evidence(indicator.id));
      expect(fhirEvidence?.enableWhen?.length).toBeGreaterThan(0);
      for (const choice of answerChoices(indicator)) {
        const answered = coreReducer(untouched, Actions.update(toDataPath(`${base}/value`), () => choice.value));
        // enableWhen as FHIR reads it: any condition (enableBehavior any) whose coding is the answer given.
        const enabled = (fhirEvidence?.enableWhen ?? []).some((when) => when.question === indicator.id && 'answerCoding' in when && when.answerCoding.code === choice.code);
        expect(enabled, `${indicator.id} answered ${String(choice.value)}`).toBe(mapStateToControlProps(wrap(answered), { uischema: evidence, path: '' }).visible);
      }
    }
  });
});
