import { Actions, coreReducer, mapStateToControlProps, toDataPath, type ControlElement, type JsonFormsState, type JsonSchema, type UISchemaElement } from '@jsonforms/core';
import { describe, expect, test } from 'vitest';
import { answerChoices } from '../../../src/export/fhir/answer-choices.js';
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
});
