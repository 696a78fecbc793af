import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Form from '@rjsf/core';
import { getDefaultFormState, retrieveSchema, type RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { answerChoices } from '../../../src/export/fhir/answer-choices.js';
import { toAnswerSchema } from '../../../src/export/to-answer-schema.js';
import { toFormSchema } from '../../../src/export/to-form-schema.js';
import { toRjsfUiSchema } from '../../../src/export/to-rjsf-ui-schema.js';
import type { Screener } from '../../../src/index.js';
import { escapeHtml, toFormData } from './form-data.js';
import { formScreeners } from './form-rulesets.js';
import { goldenCases } from './golden-cases.js';

/** RJSF's Ajv 8 validator, set up for draft 2020-12 as docs/forms.md tells an app to. */
const validator = customizeValidator({ AjvClass: Ajv2020 });

/** Renders the form as RJSF 6 draws it, with RJSF's default settings, to HTML. */
function render(screener: Screener, formData?: unknown): string {
  const schema = toFormSchema(screener.ruleset, 'rjsf') as RJSFSchema;
  return renderToStaticMarkup(createElement(Form, { schema, uiSchema: toRjsfUiSchema(screener.ruleset), validator, formData }));
}

/** The radio buttons of one field: their labels, and which are checked. */
function radios(html: string, id: string): { labels: string[]; checked: number[] } {
  const inputs = [...html.matchAll(new RegExp(`<input type="radio" id="${id}-(\\d+)"([^>]*)/><span>([^<]*)</span>`, 'g'))];
  return {
    labels: inputs.map((input) => input[3] ?? ''),
    checked: inputs.filter((input) => / checked=""/.test(input[2] ?? '')).map((input) => Number(input[1])),
  };
}

describe.each(formScreeners())('RJSF 6 renders the form on %s', (_name: string, screener: Screener) => {
  const { ruleset } = screener;
  const schema = toFormSchema(ruleset, 'rjsf') as RJSFSchema;
  const html = render(screener);

  test('an untouched form holds no answer, no fact and no judgement: RJSF\'s default form state invents nothing', () => {
    const state = getDefaultFormState(validator, schema, undefined, schema) as Record<string, unknown>;
    expect(state).toEqual({ ruleset: { id: ruleset.meta.id, version: ruleset.meta.version }, subject: {}, answers: {} });
    expect(validator.validateFormData(state, schema).errors).toEqual([]);
    const result = screener.screen(state);
    expect(result.unanswered.length).toBe(ruleset.indicators.length);
  });

  test('every indicator renders as radio buttons with the ruleset\'s labels, none checked, under its question and guidance', () => {
    for (const indicator of ruleset.indicators) {
      const id = `root_answers_${indicator.id}_value`;
      expect(radios(html, id)).toEqual({ labels: answerChoices(indicator).map((choice) => escapeHtml(choice.label)), checked: [] });
      expect(html).toContain(`<legend id="root_answers_${indicator.id}__title">${escapeHtml(indicator.text)}</legend>`);
      expect(html).toContain(`<div id="${id}__description" class="field-description">${escapeHtml(indicator.guidance)}</div>`);
    }
  });

  test('the judged level, the facts and the basis render as radio buttons, none checked; time windows as check boxes', () => {
    expect(radios(html, 'root_judgement_level')).toEqual({ labels: ruleset.levels.map((level) => escapeHtml(level.label)), checked: [] });
    for (const fact of ruleset.attributes) expect(radios(html, `root_subject_attributes_${fact.id}`)).toEqual({ labels: ['Yes', 'No'], checked: [] });
    for (const fact of ruleset.contextFacts) expect(radios(html, `root_context_${fact.id}`)).toEqual({ labels: ['Yes', 'No'], checked: [] });
    for (const indicator of ruleset.indicators) {
      expect(radios(html, `root_answers_${indicator.id}_basis`).labels).toEqual(['Evidence', 'Professional concern']);
      const windows = indicator.answer.kind === 'presence' ? indicator.answer.windows : [];
      const boxes = [...html.matchAll(new RegExp(`<input type="checkbox" id="root_answers_${indicator.id}_window-\\d+"[^>]*/><span>([^<]*)</span>`, 'g'))];
      expect(boxes.map((box) => box[1])).toEqual(windows.map((id) => escapeHtml(ruleset.windows.find((window) => window.id === id)?.label ?? '')));
    }
    expect(html).not.toMatch(/ checked=""/);
  });

  test('the answer schema given to RJSF as it is pre-selects nothing either: no answer, no judged level (forms still use toFormSchema)', () => {
    const answerSchema = toAnswerSchema(ruleset) as RJSFSchema;
    const state = getDefaultFormState(validator, answerSchema, undefined, answerSchema) as { judgement?: unknown; answers: Record<string, unknown> };
    expect(state.answers).toEqual({});
    expect(state.judgement).toBeUndefined();
  });

  test('typing a date of birth changes nothing else: RJSF\'s form state gains no empty answer or agreement, and the date of assessment stays', () => {
    const state = getDefaultFormState(validator, schema, { assessedOn: '2026-11-28', subject: { dateOfBirth: '2013-04-03' }, answers: {} }, schema);
    expect(state).toEqual({ ruleset: { id: ruleset.meta.id, version: ruleset.meta.version }, assessedOn: '2026-11-28', subject: { dateOfBirth: '2013-04-03' }, answers: {} });
    expect((retrieveSchema(validator, schema, schema, state) as { properties: Record<string, unknown> }).properties['assessedOn']).toEqual(schema.properties?.['assessedOn']);
  });
});

describe('RJSF 6: a filled form gives exactly the CLI\'s result (default ruleset, every golden case)', () => {
  const screener = formScreeners().find(([name]) => name === 'brighton-hove-cse')?.[1] as Screener;
  const schema = toFormSchema(screener.ruleset, 'rjsf') as RJSFSchema;

  // Drawing the whole checklist takes a second or two: the first case with each kind of detail is drawn as well as scored.
  const cases = goldenCases();
  const drawnFiles = new Set(['"window"', '"judgement"', '"agreedBy"', '"dateOfBirth"', '"possible"', '"unknown"']
    .map((member) => cases.find(([, golden]) => JSON.stringify(golden.screening).includes(member))?.[0]));
  const drawn = (file: string): boolean => drawnFiles.has(file);

  test.each(cases)('%s', (file, golden) => {
    const formData = toFormData(golden.screening);
    const state = getDefaultFormState(validator, schema, formData, schema) as Record<string, unknown>;
    expect(validator.validateFormData(state, schema).errors).toEqual([]);
    expect(JSON.stringify(screener.screen(state))).toBe(JSON.stringify(screener.screen(golden.screening)));
    if (!drawn(file)) return;
    const html = render(screener, state);
    for (const [id, answer] of Object.entries(formData['answers'] as Record<string, { value: unknown }>)) {
      const indicator = screener.ruleset.indicators.find((entry) => entry.id === id);
      const at = indicator === undefined ? -1 : answerChoices(indicator).findIndex((choice) => choice.value === answer.value);
      expect(radios(html, `root_answers_${id}_value`).checked).toEqual([at]);
    }
  });
});
