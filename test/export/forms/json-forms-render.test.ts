import {
  Actions, and, coreReducer, isOneOfEnumControl, mapStateToControlProps, mapStateToMultiEnumControlProps, mapStateToOneOfEnumControlProps,
  optionIs, toDataPath, type ControlElement, type JsonFormsCore, type JsonFormsState, type JsonSchema, type UISchemaElement,
} from '@jsonforms/core';
import { describe, expect, test } from 'vitest';
import { answerChoices } from '../../../src/export/fhir/answer-choices.js';
import { toFormSchema } from '../../../src/export/to-form-schema.js';
import { toJsonFormsUiSchema, type JsonFormsControl } from '../../../src/export/to-json-forms-ui-schema.js';
import type { Screener } from '../../../src/index.js';
import { toFormData } from './form-data.js';
import { formScreeners, strictAjv } from './form-rulesets.js';
import { goldenCases } from './golden-cases.js';

/** The data a JSON Forms app starts from, as docs/forms.md says: the two members every screening has. */
const START = { subject: {}, answers: {} };

/** One schema, UI schema and Ajv per ruleset, as an app holds them: Ajv compiles the schema once. */
const setups = new Map<Screener, { schema: JsonSchema; uischema: UISchemaElement; ajv: ReturnType<typeof strictAjv> }>();

function start(screener: Screener, data: unknown = START): JsonFormsCore {
  let setup = setups.get(screener);
  if (setup === undefined) {
    setup = { schema: toFormSchema(screener.ruleset, 'json-forms') as JsonSchema, uischema: toJsonFormsUiSchema(screener.ruleset) as UISchemaElement, ajv: strictAjv({ verbose: true }) };
    setups.set(screener, setup);
  }
  return coreReducer(undefined, Actions.init(data, setup.schema, setup.uischema, { ajv: setup.ajv }));
}

function controls(screener: Screener): JsonFormsControl[] {
  return toJsonFormsUiSchema(screener.ruleset).elements.flatMap((group) => group.elements);
}

function control(screener: Screener, scope: string): ControlElement {
  const found = controls(screener).find((entry) => entry.scope === scope);
  if (found === undefined) throw new Error(`no control for ${scope}`);
  return found as ControlElement;
}

function wrap(core: JsonFormsCore): JsonFormsState {
  return { jsonforms: { core, renderers: [], cells: [] } } as unknown as JsonFormsState;
}

/** Sets every value of a screening through the form's controls, one update per control, as a practitioner would. */
function fill(screener: Screener, screening: Record<string, unknown>): JsonFormsCore {
  let core = start(screener);
  for (const entry of controls(screener)) {
    const path = toDataPath(entry.scope);
    const wanted = path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), screening);
    if (wanted !== undefined) core = coreReducer(core, Actions.update(path, () => wanted));
  }
  return core;
}

describe.each(formScreeners())('JSON Forms core renders the form on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const untouched = start(screener);
  const radio = and(isOneOfEnumControl, optionIs('format', 'radio'));

  test('an untouched form is valid and holds no answer, no fact and no judgement', () => {
    expect(untouched.data).toEqual(START);
    expect(untouched.errors).toEqual([]);
    expect(screener.screen(untouched.data).unanswered.length).toBe(ruleset.indicators.length);
  });

  test('every indicator renders as radio buttons with the ruleset\'s labels, labelled with the question and described by the guidance', () => {
    for (const indicator of ruleset.indicators) {
      const entry = control(screener, `#/properties/answers/properties/${indicator.id}/properties/value`);
      expect(radio(entry, untouched.schema, { rootSchema: untouched.schema, config: {} })).toBe(true);
      const props = mapStateToOneOfEnumControlProps(wrap(untouched), { uischema: entry, path: '' });
      expect(props.options?.map((option) => option.label)).toEqual(answerChoices(indicator).map((choice) => choice.label));
      expect(props.options?.map((option) => option.value)).toEqual(answerChoices(indicator).map((choice) => choice.value));
      expect([props.label, props.description, props.data, props.visible]).toEqual([indicator.text, indicator.guidance, undefined, true]);
    }
  });

  test('time windows, basis and evidence show only once an indicator is answered yes or possible', () => {
    for (const indicator of ruleset.indicators.slice(0, 5)) {
      const base = `#/properties/answers/properties/${indicator.id}/properties`;
      const details = controls(screener).filter((entry) => entry.scope.startsWith(`${base}/`) && !entry.scope.endsWith('/value'));
      const visible = (core: JsonFormsCore): boolean[] => details.map((entry) => mapStateToControlProps(wrap(core), { uischema: entry as ControlElement, path: '' }).visible);
      expect(visible(untouched).every((shown) => !shown)).toBe(true);
      for (const choice of answerChoices(indicator)) {
        const answered = coreReducer(untouched, Actions.update(toDataPath(`${base}/value`), () => choice.value));
        expect(visible(answered).every((shown) => shown === (choice.value === 'yes' || choice.value === 'possible'))).toBe(true);
      }
      const windows = details.find((entry) => entry.scope.endsWith('/window'));
      if (windows !== undefined && indicator.answer.kind === 'presence') {
        const props = mapStateToMultiEnumControlProps(wrap(untouched), { uischema: windows as ControlElement, path: '' });
        expect(props.options?.map((option) => option.value)).toEqual(indicator.answer.windows);
      }
    }
  });

  test('the judged level renders as radio buttons with the levels\' labels, none chosen; who agreed it has its controls', () => {
    const props = mapStateToOneOfEnumControlProps(wrap(untouched), { uischema: control(screener, '#/properties/judgement/properties/level'), path: '' });
    expect(props.options?.map((option) => option.label)).toEqual(ruleset.levels.map((level) => level.label));
    expect(props.data).toBeUndefined();
    control(screener, '#/properties/judgement/properties/agreedBy/properties/role');
    control(screener, '#/properties/judgement/properties/agreedBy/properties/name');
  });

  test('an age with a date of birth is valid (the screener checks they agree); a date of birth without the assessment date is an error on that control', () => {
    const both = coreReducer(coreReducer(untouched, Actions.update('subject.ageYears', () => 14)), Actions.update('subject.dateOfBirth', () => '2012-03-01'));
    const withDate = coreReducer(both, Actions.update('assessedOn', () => '2026-11-28'));
    expect(withDate.errors).toEqual([]);
    const props = mapStateToControlProps(wrap(both), { uischema: control(screener, '#/properties/assessedOn'), path: '' });
    expect(props.errors).not.toBe('');
  });
});

describe('JSON Forms core: a filled form gives exactly the CLI\'s result (default ruleset, every golden case)', () => {
  const screener = formScreeners().find(([name]) => name === 'brighton-hove-cse')?.[1] as Screener;

  test.each(goldenCases())('%s', (_file, golden) => {
    const core = fill(screener, toFormData(golden.screening));
    expect(core.errors).toEqual([]);
    expect(JSON.stringify(screener.screen(core.data))).toBe(JSON.stringify(screener.screen(golden.screening)));
  });
});
